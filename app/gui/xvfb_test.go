package gui

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestXvfbSmoke builds the real binary, runs it on a virtual X display, waits for its
// window, checks a screenshot is not blank, quits with Ctrl+Q and expects a clean exit.
// It needs Xvfb, xdotool and ImageMagick's import; CI installs them.
func TestXvfbSmoke(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("skipping the desktop smoke test: %s is not installed (apt-get install xvfb xdotool imagemagick)", tool)
		}
	}
	if testing.Short() {
		t.Skip("skipping the desktop smoke test in -short mode")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "coffer")
	run(t, ctx, nil, "go", "build", "-o", bin, "coffer")

	display := startXvfb(t, ctx)
	env := append(os.Environ(), "DISPLAY="+display, "HOME="+dir, "LANG=en_US.UTF-8",
		"COFFER_VAULT="+filepath.Join(dir, "smoke.coffer"), "XDG_CONFIG_HOME="+filepath.Join(dir, "config"))
	var out bytes.Buffer
	app := exec.CommandContext(ctx, bin)
	app.Env, app.Stdout, app.Stderr = env, &out, &out
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- app.Wait() }()
	defer func() {
		if app.ProcessState == nil {
			_ = app.Process.Kill()
		}
	}()

	win := strings.Fields(run(t, ctx, env, "timeout", "30", "xdotool", "search", "--sync", "--onlyvisible", "--name", "Coffer"))
	if len(win) == 0 {
		t.Fatalf("no Coffer window; output:\n%s", out.String())
	}
	time.Sleep(time.Second) // let the first frame paint
	shot := filepath.Join(dir, "shot.png")
	run(t, ctx, env, "import", "-window", "root", shot)
	if v := variance(t, shot); v < 100 {
		t.Fatalf("the screenshot looks blank (pixel variance %.1f)", v)
	}

	assertNoCoreDumps(t, app.Process.Pid)

	run(t, ctx, env, "xdotool", "windowfocus", "--sync", win[0])
	run(t, ctx, env, "xdotool", "key", "ctrl+q")
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("the app did not exit cleanly: %v\n%s", err, out.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("the app did not exit within 10 s of Ctrl+Q\n%s", out.String())
	}
	if s := out.String(); strings.Contains(s, "panic") || strings.Contains(s, "locale") {
		t.Errorf("unexpected output:\n%s", s)
	}
}

// assertNoCoreDumps checks that the running app set its core file limit to 0
// (harden.DisableCoreDumps at the start of gui.Run). A /proc file the test may not
// read is what a non-dumpable process of a non-root user looks like: that is fine.
func assertNoCoreDumps(t *testing.T, pid int) {
	t.Helper()
	limits, err := os.ReadFile(fmt.Sprintf("/proc/%d/limits", pid))
	if errors.Is(err, fs.ErrPermission) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`Max core file size\s+0\s+0\s`).Match(limits) {
		t.Errorf("the app may write core files:\n%s", limits)
	}
}

// run runs a command and returns its standard output, failing the test on error.
func run(t *testing.T, ctx context.Context, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// startXvfb starts a virtual display on a free display number and returns ":N".
func startXvfb(t *testing.T, ctx context.Context) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	x := exec.CommandContext(ctx, "Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { _ = x.Process.Kill(); _ = x.Wait() })
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("Xvfb did not start: %v", err)
	}
	display := ":" + strings.TrimSpace(line)
	env := append(os.Environ(), "DISPLAY="+display)
	for i := 0; ; i++ { // wait until the display takes clients
		probe := exec.CommandContext(ctx, "xdotool", "getmouselocation")
		probe.Env = env
		if probe.Run() == nil {
			return display
		}
		if i == 50 {
			t.Fatalf("Xvfb display %s does not take clients", display)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// variance is the variance of the grey level of the image's pixels.
func variance(t *testing.T, path string) float64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	var sum, sq, n float64
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			g := grey(img, x, y)
			sum += g
			sq += g * g
			n++
		}
	}
	mean := sum / n
	return sq/n - mean*mean
}

func grey(img image.Image, x, y int) float64 {
	r, g, b, _ := img.At(x, y).RGBA()
	return float64(r+g+b) / 3 / 257
}
