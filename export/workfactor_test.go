package export

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestCreateRefusesWeakOrHugeWorkFactor(t *testing.T) {
	items := sampleItems(1)
	for _, c := range []struct {
		wf        int
		allowWeak bool
		ok        bool
	}{
		{1, false, false}, {10, false, false}, {14, false, false}, {21, false, false}, {22, true, false},
		{10, true, true}, {1, true, true},
	} {
		opts := testOpts(A4)
		opts.WorkFactor, opts.AllowWeakWorkFactor = c.wf, c.allowWeak
		_, err := Create(items, "v", testPass, opts)
		if c.ok != (err == nil) || !c.ok && !errors.Is(err, ErrWorkFactor) {
			t.Errorf("work factor %d (allow weak %v): %v", c.wf, c.allowWeak, err)
		}
	}
	for wf := MinWorkFactor; wf <= MaxWorkFactor; wf++ {
		if err := CheckWorkFactor(wf, false); err != nil {
			t.Errorf("work factor %d refused: %v", wf, err)
		}
	}
}

// TestDecryptRefusesWorkFactorOverMax rewrites the scrypt stanza of a real backup to ask
// for work factor 21 or 22: Decrypt must refuse it before running scrypt (2 or 4 GiB).
func TestDecryptRefusesWorkFactorOverMax(t *testing.T) {
	b := mustCreate(t, sampleItems(2), A4)
	a := &Assembler{}
	for _, f := range b.Frames {
		a.Add(f)
	}
	ct, err := a.Ciphertext(b.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, wf := range []int{21, 22} {
		forged := setScryptWorkFactor(t, ct, wf)
		_, err := Decrypt(forged, testPass)
		if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "work factor") {
			t.Errorf("work factor %d: got %v, want a refused work factor", wf, err)
		}
	}
}

// setScryptWorkFactor replaces the work factor of the age scrypt stanza
// ("-> scrypt SALT 10\n"); the header MAC is then wrong, but age checks the work factor first.
func setScryptWorkFactor(t *testing.T, ct []byte, wf int) []byte {
	t.Helper()
	i := bytes.Index(ct, []byte("-> scrypt "))
	end := bytes.IndexByte(ct[i:], '\n')
	fields := strings.Fields(string(ct[i : i+end]))
	if len(fields) != 4 {
		t.Fatalf("stanza %q", ct[i:i+end])
	}
	line := fmt.Sprintf("-> scrypt %s %d", fields[2], wf)
	return append(append(append([]byte(nil), ct[:i]...), line...), ct[i+end:]...)
}
