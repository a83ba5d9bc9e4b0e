package scan

import (
	"fmt"
	"image"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// zbarCase is one real sheet both decoders read from the same PNG file.
type zbarCase struct {
	name   string
	dpi    int
	damage func(t testing.TB, g *image.Gray) *image.Gray
}

func zbarCases() []zbarCase {
	id := func(_ testing.TB, g *image.Gray) *image.Gray { return g }
	rot := func(d float64) func(testing.TB, *image.Gray) *image.Gray {
		return func(_ testing.TB, g *image.Gray) *image.Gray { return rotate(g, d) }
	}
	return []zbarCase{
		{"clean 150dpi", 150, id},
		{"clean 300dpi", 300, id},
		{"clean 75dpi", 75, id},
		{"blur σ1.0", 150, func(_ testing.TB, g *image.Gray) *image.Gray { return gaussBlur(g, 1.0) }},
		{"blur σ1.2", 150, func(_ testing.TB, g *image.Gray) *image.Gray { return gaussBlur(g, 1.2) }},
		{"blur σ2 300dpi", 300, func(_ testing.TB, g *image.Gray) *image.Gray { return gaussBlur(g, 2) }},
		{"rotate 30°", 150, rot(30)},
		{"rotate 45°", 150, rot(45)},
		{"rotate 200°", 150, rot(200)},
		{"perspective", 150, func(_ testing.TB, g *image.Gray) *image.Gray { return perspective(g, 0.12) }},
		{"jpeg q40", 150, func(t testing.TB, g *image.Gray) *image.Gray { return jpegRound(t, g, 40) }},
		{"noise σ25", 150, func(_ testing.TB, g *image.Gray) *image.Gray { return addNoise(g, 25, 3) }},
		{"low contrast", 150, func(_ testing.TB, g *image.Gray) *image.Gray { return lowContrast(g) }},
		{"uneven light", 150, func(_ testing.TB, g *image.Gray) *image.Gray { return unevenLight(g) }},
	}
}

// zbarimg runs zbarimg on path and returns the codes it printed and its time.
func zbarimg(t testing.TB, path string) ([]string, time.Duration) {
	t0 := time.Now()
	out, _ := exec.Command("zbarimg", "-q", "--raw", path).Output() // exit 4: nothing found
	el := time.Since(t0)
	var codes []string
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if l != "" {
			codes = append(codes, l)
		}
	}
	return codes, el
}

// TestCompareZbarimg decodes the same PNG files of a real sheet with ScanFiles and with
// zbarimg and logs a table. It fails if we find fewer codes than zbarimg.
// Timings are only meaningful without -race.
func TestCompareZbarimg(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("comparison with zbarimg: skipped in -short and -race runs")
	}
	if _, err := exec.LookPath("zbarimg"); err != nil {
		t.Skip("zbarimg not installed (apt-get install zbar-tools)")
	}
	dir := t.TempDir()
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-18s %6s | %-8s %9s | %-8s %9s | %s\n", "case", "codes", "zbarimg", "time", "scan", "time", "time ratio")
	for _, c := range zbarCases() {
		sh := realSheet(t, onePage, 1, c.dpi)
		want, img := sh.texts(0), c.damage(t, sh.pages[0])
		path := writeFile(t, dir, strings.ReplaceAll(c.name, " ", "_")+".png", encode(t, "png", img))
		zc, zt := zbarimg(t, path)
		t0 := time.Now()
		res := ScanFiles([]string{path}, Options{})
		st := time.Since(t0)
		ours := res[0].Codes
		fmt.Fprintf(&table, "%-18s %6d | %-8d %9v | %-8d %9v | %.2f\n", c.name, len(want),
			countIn(zc, want), zt.Round(time.Millisecond), countIn(ours, want), st.Round(time.Millisecond), st.Seconds()/zt.Seconds())
		if countIn(ours, want) < countIn(zc, want) {
			t.Errorf("%s: we found %d codes, zbarimg %d", c.name, countIn(ours, want), countIn(zc, want))
		}
	}
	t.Log(table.String())
}

// countIn counts the distinct elements of got that are in want.
func countIn(got, want []string) int {
	n := 0
	seen := map[string]bool{}
	for _, g := range got {
		for _, w := range want {
			if g == w && !seen[g] {
				seen[g] = true
				n++
			}
		}
	}
	return n
}
