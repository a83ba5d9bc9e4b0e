package scan

import (
	"fmt"
	"image"
	"slices"
	"testing"
	"time"
)

// damage is one named way of spoiling a page, and the codes it destroys.
type damage struct {
	name  string
	apply func(t testing.TB, p testPage) *image.Gray
	lost  func(p testPage) []string // texts that cannot be read afterwards
}

func robustCases() []damage {
	var cs []damage
	add := func(name string, f func(g *image.Gray) *image.Gray) {
		cs = append(cs, damage{name: name, apply: func(_ testing.TB, p testPage) *image.Gray { return f(p.img) }})
	}
	add("clean", func(g *image.Gray) *image.Gray { return g })
	for deg := 0; deg < 360; deg += 15 {
		d := float64(deg)
		add(fmt.Sprintf("rotate%d", deg), func(g *image.Gray) *image.Gray { return rotatePhoto(g, d) })
	}
	for _, d := range []float64{7, 93, 181.5, 266, 333.3} {
		add(fmt.Sprintf("rotate%g", d), func(g *image.Gray) *image.Gray { return rotatePhoto(g, d) })
	}
	add("perspective", func(g *image.Gray) *image.Gray { return perspective(g, 0.12) })
	add("blur", func(g *image.Gray) *image.Gray { return gaussBlur(g, 1.0) })
	add("noise", func(g *image.Gray) *image.Gray { return addNoise(g, 25, 7) })
	add("lowcontrast", lowContrast)
	add("unevenlight", unevenLight)
	cs = append(cs, damage{name: "jpeg40", apply: func(t testing.TB, p testPage) *image.Gray { return jpegRound(t, p.img, 40) }})
	cs = append(cs, damage{
		name:  "blot",
		apply: func(_ testing.TB, p testPage) *image.Gray { return blot(p.img, p.boxes[2]) },
		lost:  func(p testPage) []string { return p.texts[2:3] },
	})
	return cs
}

// raceSubset are the cases still run under -race or -short, where the full
// suite would take minutes.
var raceSubset = map[string]bool{"clean": true, "rotate45": true, "rotate181.5": true, "perspective": true,
	"blur": true, "jpeg40": true, "blot": true}

func TestRobustness(t *testing.T) {
	page := makePage(t, 42, 150, 2, 3, 600, 1800)
	for _, c := range robustCases() {
		if (raceEnabled || testing.Short()) && !raceSubset[c.name] {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			img := c.apply(t, page)
			want := page.texts
			if c.lost != nil {
				want = without(want, c.lost(page))
			}
			t0 := time.Now()
			got := DecodeImage(img, Options{Budget: 20 * time.Second, Expect: len(want)})
			t.Logf("%d/%d codes in %v", len(got), len(want), time.Since(t0).Round(time.Millisecond))
			checkCodes(t, got, want)
		})
	}
}

// without returns ss minus the elements of drop.
func without(ss, drop []string) []string {
	var out []string
	for _, s := range ss {
		if !slices.Contains(drop, s) {
			out = append(out, s)
		}
	}
	return out
}

// checkCodes fails unless got holds exactly the texts of want, in any order.
func checkCodes(t testing.TB, got, want []string) {
	t.Helper()
	g, w := slices.Clone(got), slices.Clone(want)
	slices.Sort(g)
	slices.Sort(w)
	if !slices.Equal(g, w) {
		t.Errorf("found %d codes, want %d (missing %d, extra %d)", len(got), len(want),
			len(without(w, g)), len(without(g, w)))
	}
}
