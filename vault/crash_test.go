package vault

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCrashWhileSaving SIGKILLs a child process that saves in a loop at random
// moments and checks, after every kill, that the vault opens with a complete
// document no older than before (the old or a new version), that the backup
// opens too, and that the kernel released the lock.
func TestCrashWhileSaving(t *testing.T) {
	if os.Getenv("COFFER_TEST_HELPER") != "" {
		t.Skip("helper")
	}
	kills := 100
	if testing.Short() {
		kills = 20
	}
	opts := testOptions()
	v := newTestVault(t, opts)
	if _, _, err := v.Data().Add(Item{Kind: KindNote, Title: "counter", Secret: "0"}, v.Now()); err != nil {
		t.Fatal(err)
	}
	fillItems(v.Data(), crashBaseItems-1, 7) // big enough that a save takes a while
	if err := v.Save(); err != nil {
		t.Fatal(err)
	}
	// Parent and child use quick unlock to skip scrypt: the key goes to the
	// child in its environment.
	if err := v.Remember(); err != nil {
		t.Fatal(err)
	}
	entry, _ := opts.Keyring.Get(keyringService, v.ID())
	path := v.Path()
	v.Close()

	rng := rand.New(rand.NewPCG(2025, 3))
	last, advanced := 0, 0
	for i := range kills {
		cmd, _ := startHelper(t, "save-loop", path, "COFFER_TEST_KEYRING_ENTRY="+entry)
		time.Sleep(time.Duration(rng.IntN(80000)) * time.Microsecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()

		n := crashCheck(t, path, opts, i)
		if n < last {
			t.Fatalf("kill %d: counter went back from %d to %d", i, last, n)
		}
		if n > last {
			advanced++
		}
		last = n
	}
	if advanced < kills/4 {
		t.Fatalf("only %d of %d runs saved anything; the kills came too early", advanced, kills)
	}
	t.Logf("%d kills; %d runs had saved at least once; counter %d", kills, advanced, last)
}

// crashBaseItems is the number of items before the first save of the loop.
const crashBaseItems = 101

// crashCheck opens the vault after a kill and returns its counter.
func crashCheck(t *testing.T, path string, opts Options, i int) int {
	t.Helper()
	w, err := OpenRemembered(path, opts)
	if errors.Is(err, ErrLocked) {
		t.Fatalf("kill %d: lock not released", i)
	}
	if err != nil {
		t.Fatalf("kill %d: vault does not open: %v", i, err)
	}
	n, err := crashCounter(w.Data())
	if err != nil {
		t.Fatalf("kill %d: %v", i, err)
	}
	// Each save of the loop adds one item: the document is exactly version n.
	if got, want := len(w.Data().Items), crashBaseItems+n; got != want {
		t.Fatalf("kill %d: counter %d with %d items, want %d", i, n, got, want)
	}
	w.Close()
	if n > 0 {
		ro := opts
		ro.ReadOnly = true
		b, err := OpenRemembered(path+".bak", ro)
		if err != nil {
			t.Fatalf("kill %d: backup does not open: %v", i, err)
		}
		if m, _ := crashCounter(b.Data()); m > n {
			t.Fatalf("kill %d: backup counter %d newer than %d", i, m, n)
		}
		b.Close()
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Fatalf("kill %d: Open left %s behind", i, e.Name())
		}
	}
	return n
}
