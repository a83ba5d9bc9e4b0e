package scan

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// The peak-memory tests measure a child run of the test binary (so that
// building the fixtures does not count): the child scans one file and
// reports the peak of live heap objects (sampled every 2 ms) and the peak
// resident set (VmHWM) of its process.

const peakEnv = "COFFER_SCAN_PEAK_FILE"

// bigPhoto is a w×h colour photo with the page of texts turned and scaled
// up in its middle on a brownish table.
type bigPhoto struct {
	w, h  int
	texts []string
	page  *image.Gray // the scaled page
	off   image.Point // where page sits in the photo
}

func newBigPhoto(t testing.TB, w, h int, f float64) bigPhoto {
	page := makePage(t, 41, 150, 2, 3, 600, 1200)
	big := scale(rotate(page.img, 90), f)
	return bigPhoto{w: w, h: h, texts: page.texts, page: big,
		off: image.Pt((w-big.Rect.Dx())/2, (h-big.Rect.Dy())/2)}
}

// luma is the photo's luminance at (x, y).
func (p bigPhoto) luma(x, y int) uint8 {
	q := image.Pt(x, y).Sub(p.off)
	if q.In(p.page.Rect) {
		return p.page.Pix[q.Y*p.page.Stride+q.X]
	}
	return uint8(60 + (x/97+y/89)%20)
}

// jpeg encodes the photo as a colour (4:2:0) JPEG, as phones write them.
func (p bigPhoto) jpeg(t testing.TB) []byte {
	m := image.NewYCbCr(image.Rect(0, 0, p.w, p.h), image.YCbCrSubsampleRatio420)
	for y := 0; y < p.h; y++ {
		row := m.Y[y*m.YStride:]
		for x := 0; x < p.w; x++ {
			row[x] = p.luma(x, y)
		}
	}
	for i := range m.Cb {
		m.Cb[i], m.Cr[i] = 120, 138
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, m, &jpeg.Options{Quality: 85}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// png encodes the photo as an 8-bit RGB PNG (decoded as *image.RGBA).
func (p bigPhoto) png(t testing.TB) []byte {
	m := image.NewRGBA(image.Rect(0, 0, p.w, p.h))
	for y := 0; y < p.h; y++ {
		row := m.Pix[y*m.Stride:]
		for x := 0; x < p.w; x++ {
			v := p.luma(x, y)
			row[4*x], row[4*x+1], row[4*x+2], row[4*x+3] = v, v, v-v/16, 255
		}
	}
	var b bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&b, m); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// peakUsage is what a child run reports.
type peakUsage struct {
	heap, hwm uint64 // bytes
	codes     int
	elapsed   time.Duration
}

// measurePeak scans paths in a child process and returns its peak memory.
func measurePeak(t *testing.T, paths []string, expect int) peakUsage {
	t.Helper()
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("needs /proc/self/status for VmHWM")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestPeakChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), peakEnv+"="+strings.Join(paths, string(os.PathListSeparator)), peakEnv+"_EXPECT="+strconv.Itoa(expect))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	var u peakUsage
	for _, line := range strings.Split(string(out), "\n") {
		if _, err := fmt.Sscanf(line, "PEAK heap=%d hwm=%d codes=%d elapsed=%d", &u.heap, &u.hwm, &u.codes, &u.elapsed); err == nil {
			return u
		}
	}
	t.Fatalf("child printed no PEAK line:\n%s", out)
	return u
}

// TestPeakChild is the child side of measurePeak; it does nothing in a
// normal run.
func TestPeakChild(t *testing.T) {
	paths := filepath.SplitList(os.Getenv(peakEnv))
	if len(paths) == 0 {
		t.Skip("child of the peak-memory tests only")
	}
	expect, _ := strconv.Atoi(os.Getenv(peakEnv + "_EXPECT"))
	runtime.GC()
	var peak atomic.Uint64
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	res := ScanFiles(paths, Options{Expect: expect, Budget: 20 * time.Second})
	elapsed := time.Since(start)
	close(stop)
	<-done
	codes := len(res[0].Codes)
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		codes = min(codes, len(r.Codes))
	}
	fmt.Printf("PEAK heap=%d hwm=%d codes=%d elapsed=%d\n", peak.Load(), vmHWM(t), codes, elapsed)
}

// vmHWM returns the peak resident set size of this process.
func vmHWM(t *testing.T) uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Fatal("no VmHWM in /proc/self/status")
	return 0
}

// TestPeakMemory checks that a 100 MP JPEG and a 48 MP PNG (twice in one
// ScanFiles call) are scanned within the decoded image (which the standard
// decoders allocate whole and which cannot be avoided without a
// reduced-size decoder) plus 80 MiB: the work image (≤ 4096 px long side,
// ≤ 16 MiB), the decoder's buffers, a few work-size copies made by the
// ladder and the runtime's own ~15 MiB. The file bytes are not in memory
// (images are decoded from the file), nor a full-size grey copy, nor the
// previous photo's image. Before these limits, the 100 MP JPEG peaked at
// 297 MiB resident (142 MiB decoded).
func TestPeakMemory(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("100 MP images: skipped in -short and -race runs")
	}
	const mb = 1 << 20
	dir := t.TempDir()
	cases := []struct {
		name    string
		w, h    int
		f       float64
		decoded uint64 // bytes the decoder allocates for the image
		data    func(bigPhoto, testing.TB) []byte
		times   int // how many times ScanFiles gets the file
	}{
		{"100MP.jpg", 12000, 8320, 4.6, 12000 * 8320 * 3 / 2, bigPhoto.jpeg, 1},
		{"48MP.png", 8000, 6000, 3.3, 8000 * 6000 * 4, bigPhoto.png, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newBigPhoto(t, c.w, c.h, c.f)
			data := c.data(p, t)
			path := writeFile(t, dir, c.name, data)
			size := uint64(len(data))
			data = nil
			runtime.GC()
			u := measurePeak(t, slices.Repeat([]string{path}, c.times), len(p.texts))
			bound := c.decoded + 80*mb
			t.Logf("%s ×%d (%d MiB file, %d MiB decoded): peak heap %d MiB, peak RSS %d MiB (bound %d MiB), %d/%d codes in %v",
				c.name, c.times, size/mb, c.decoded/mb, u.heap/mb, u.hwm/mb, bound/mb, u.codes, len(p.texts), u.elapsed.Round(time.Millisecond))
			if u.hwm > bound {
				t.Errorf("peak RSS %d MiB > bound %d MiB", u.hwm/mb, bound/mb)
			}
			if u.codes != len(p.texts) {
				t.Errorf("found %d codes, want %d", u.codes, len(p.texts))
			}
		})
	}
}
