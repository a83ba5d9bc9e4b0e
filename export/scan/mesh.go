package scan

import (
	"math"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/common"
	"github.com/makiuchi-d/gozxing/qrcode/decoder"
)

// A mesh sampler for codes on curved paper or seen through a bending lens:
// one homography fits the three finder patterns and one alignment pattern
// exactly, but between them the rows of modules bow. Codes of version 7 and
// up carry a grid of alignment patterns; each is looked for near where the
// homography (corrected by the patterns already found) puts it, and the
// offsets found are interpolated over the code, so sampling follows the
// curved rows.

// minMeshDim is the smallest code side with an inner grid of alignment
// patterns (version 7).
const minMeshDim = 45

// readMesh samples the dim×dim code that t roughly maps to bm, corrected by
// the offsets of its alignment patterns, and decodes it. ms is the module
// size in pixels.
func readMesh(bm *gozxing.BitMatrix, t *common.PerspectiveTransform, dim int, ms float64) (string, bool) {
	v, err := decoder.Version_GetProvisionalVersionForDimension(dim)
	if err != nil || dim < minMeshDim {
		return "", false
	}
	m := newMesh(v.GetAlignmentPatternCenters(), t)
	m.fit(bm, ms)
	bits, ok := m.sample(bm, dim)
	if !ok {
		return "", false
	}
	dr, err := decoder.NewDecoder().Decode(bits, hints)
	if err != nil {
		return "", false
	}
	return dr.GetText(), dr.GetText() != ""
}

// mesh is the grid of alignment pattern centres (in modules) of one code
// and, per node, the offset in pixels of where the pattern was found from
// where the homography puts it.
type mesh struct {
	at     []float64 // centre coordinates along each axis, in modules
	t      *common.PerspectiveTransform
	dx, dy []float64 // offsets per node, row-major
	known  []bool
}

func newMesh(centres []int, t *common.PerspectiveTransform) *mesh {
	n := len(centres)
	m := &mesh{t: t, dx: make([]float64, n*n), dy: make([]float64, n*n), known: make([]bool, n*n)}
	for _, c := range centres {
		m.at = append(m.at, float64(c)+0.5)
	}
	// The three corners with finder patterns: the homography fits them.
	for _, i := range []int{0, n - 1, (n - 1) * n} {
		m.known[i] = true
	}
	return m
}

// project maps module coordinates through the homography.
func (m *mesh) project(x, y float64) (float64, float64) {
	p := []float64{x, y}
	m.t.TransformPoints(p)
	return p[0], p[1]
}

// fit finds the alignment patterns, nearest the top-left corner first, each
// searched around the homography's point moved by its neighbours' offsets.
// Patterns not found keep that guess.
func (m *mesh) fit(bm *gozxing.BitMatrix, ms float64) {
	n := len(m.at)
	for s := 1; s <= 2*(n-1); s++ {
		for i := max(0, s-(n-1)); i <= min(s, n-1); i++ {
			j := s - i
			k := j*n + i
			if m.known[k] {
				continue
			}
			gx, gy := m.guess(i, j)
			px, py := m.project(m.at[i], m.at[j])
			if ap := findAlignment(bm, px+gx, py+gy, 3*ms, ms); ap != nil {
				m.dx[k], m.dy[k], m.known[k] = ap.GetX()-px, ap.GetY()-py, true
			} else {
				m.dx[k], m.dy[k] = gx, gy
			}
		}
	}
}

// guess predicts the offset of node (i, j) from its left, upper and
// upper-left neighbours (a locally linear warp), or from whichever of the
// left and upper ones there are.
func (m *mesh) guess(i, j int) (float64, float64) {
	n := len(m.at)
	node := func(a, b int) (float64, float64, bool) {
		if a < 0 || b < 0 {
			return 0, 0, false
		}
		return m.dx[b*n+a], m.dy[b*n+a], true
	}
	lx, ly, lok := node(i-1, j)
	ux, uy, uok := node(i, j-1)
	cx, cy, cok := node(i-1, j-1)
	switch {
	case lok && uok && cok:
		return lx + ux - cx, ly + uy - cy
	case lok:
		return lx, ly
	case uok:
		return ux, uy
	}
	return 0, 0
}

// offset interpolates the nodes' offsets bilinearly at module coordinates
// (x, y), held constant beyond the outer nodes.
func (m *mesh) offset(x, y float64) (float64, float64) {
	n := len(m.at)
	i, a := cell(m.at, x)
	j, b := cell(m.at, y)
	at := func(d []float64) float64 {
		return (d[j*n+i]*(1-a)+d[j*n+i+1]*a)*(1-b) + (d[(j+1)*n+i]*(1-a)+d[(j+1)*n+i+1]*a)*b
	}
	return at(m.dx), at(m.dy)
}

// cell returns the interval of the sorted nodes at that holds v and v's
// place in it (0..1, clamped).
func cell(at []float64, v float64) (int, float64) {
	i := 0
	for i < len(at)-2 && v >= at[i+1] {
		i++
	}
	f := (v - at[i]) / (at[i+1] - at[i])
	return i, math.Min(1, math.Max(0, f))
}

// sample reads every module at its centre, moved by the mesh's offset.
// It fails when a module falls outside bm.
func (m *mesh) sample(bm *gozxing.BitMatrix, dim int) (*gozxing.BitMatrix, bool) {
	bits, err := gozxing.NewSquareBitMatrix(dim)
	if err != nil {
		return nil, false
	}
	w, h := bm.GetWidth(), bm.GetHeight()
	for y := 0; y < dim; y++ {
		for x := 0; x < dim; x++ {
			mx, my := float64(x)+0.5, float64(y)+0.5
			px, py := m.project(mx, my)
			ox, oy := m.offset(mx, my)
			ix, iy := int(px+ox), int(py+oy)
			if ix < 0 || iy < 0 || ix >= w || iy >= h {
				return nil, false
			}
			if bm.Get(ix, iy) {
				bits.Set(x, y)
			}
		}
	}
	return bits, true
}
