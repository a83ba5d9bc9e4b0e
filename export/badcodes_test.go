package export

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// forged returns f with its shard changed: a frame that passes its CRC (Text computes
// it) but carries the wrong data, like a misread that passed CRC-32 or a forged code.
func forged(f Frame, seed uint64) Frame {
	r := rand.New(rand.NewPCG(seed, 99))
	f.Data = slices.Clone(f.Data)
	for i := range f.Data {
		f.Data[i] = byte(r.Uint32())
	}
	return f
}

// addAll adds frames from one place, failing on an invalid frame.
func addAll(t *testing.T, a *Assembler, from string, frames ...Frame) {
	t.Helper()
	for _, f := range frames {
		g, err := ParseFrame(f.Text()) // through the text, as a scan gives it
		if err != nil {
			t.Fatal(err)
		}
		if err := a.AddFrom(g, from); err != nil {
			t.Fatal(err)
		}
	}
}

// wantBad checks that exactly the given code numbers were reported bad, from where.
func wantBad(t *testing.T, st Status, from string, codes ...int) {
	t.Helper()
	var got []int
	for _, b := range st.BadCodes {
		got = append(got, b.Code)
		if b.BackupID != st.BackupID || !slices.Contains(b.From, from) || !strings.Contains(b.String(), from) {
			t.Errorf("bad code %+v: want backup %s from %s", b, st.BackupID, from)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, codes) || st.Conflicts != len(codes) {
		t.Errorf("bad codes %v (conflicts %d), want %v", got, st.Conflicts, codes)
	}
}

// On the old code the first frame read for a position won and parity was never
// checked: a forged code read first made a complete set fail to decrypt.
func TestForgedFrameReadFirstIsOutvoted(t *testing.T) {
	for _, n := range []int{1, 30, 100} {
		items := sampleItems(n)
		b := mustCreate(t, items, A4)
		a := &Assembler{}
		addAll(t, a, "stray.png", forged(b.Frames[0], 1), forged(b.Frames[len(b.Frames)-1], 2))
		addAll(t, a, "pages.pdf", b.Frames...)
		st := a.Backups()[0]
		if !st.Recoverable || !st.ParityChecked || st.Inconsistent || st.Found != len(b.Frames) {
			t.Fatalf("%d items: status %+v", n, st)
		}
		wantBad(t, st, "stray.png", 1, len(b.Frames))
		assertRestores(t, a, b.ID, items)
	}
}

// A forged code and a whole lost page: parity still outvotes the forged code.
func TestForgedFrameAndLostPage(t *testing.T) {
	items := sampleItems(100)
	b := mustCreate(t, items, A4)
	a := &Assembler{}
	var kept []Frame
	for _, pg := range b.Pages[1:] {
		for _, i := range pg {
			kept = append(kept, b.Frames[i])
		}
	}
	addAll(t, a, "stray.png", forged(kept[3], 3))
	addAll(t, a, "photos", kept...)
	st := a.Backups()[0]
	if !st.Recoverable {
		t.Fatalf("status %+v", st)
	}
	wantBad(t, st, "stray.png", kept[3].Index+1)
	assertRestores(t, a, b.ID, items)
}

// On the old code a frame with another layout read first made every genuine frame a
// "conflict", and the backup could not be rebuilt.
func TestWrongLayoutFrameReadFirst(t *testing.T) {
	items := sampleItems(10)
	b := mustCreate(t, items, A4)
	odd := b.Frames[1]
	odd.ParityCount++
	odd.PerPage--
	a := &Assembler{}
	addAll(t, a, "other-print.png", odd)
	addAll(t, a, "page1.png", b.Frames...)
	st := a.Backups()[0]
	if !st.Recoverable || st.Total != len(b.Frames) || st.Needed != b.DataFrames || len(st.Missing) != 0 {
		t.Fatalf("status %+v", st)
	}
	wantBad(t, st, "other-print.png", 2)
	if !strings.Contains(st.BadCodes[0].Reason, "header") {
		t.Errorf("reason %q", st.BadCodes[0].Reason)
	}
	assertRestores(t, a, b.ID, items)
}

// More bad codes than parity can outvote: a clear error, never a wrong ciphertext.
func TestTooManyBadCodesIsAClearError(t *testing.T) {
	b := mustCreate(t, sampleItems(1), A4)
	n, k := len(b.Frames), b.DataFrames
	within := (n - k) / 2 // the most bad codes parity can outvote among n codes read
	for bad := within; bad <= within+1; bad++ {
		a := &Assembler{}
		for i, f := range b.Frames {
			if i < bad {
				f = forged(f, uint64(i))
			}
			addAll(t, a, "scan.png", f)
		}
		st := a.Backups()[0]
		ct, err := a.Ciphertext(b.ID)
		if bad == within {
			if err != nil || !st.Recoverable || len(st.BadCodes) != bad {
				t.Fatalf("%d bad of %d: %v, status %+v", bad, n, err, st)
			}
			if _, err := Decrypt(ct, testPass); err != nil {
				t.Fatalf("%d bad of %d: %v", bad, n, err)
			}
			continue
		}
		if !errors.Is(err, ErrInconsistent) || !errors.Is(err, ErrCorrupt) || ct != nil {
			t.Fatalf("%d bad of %d: got %v, want ErrInconsistent", bad, n, err)
		}
		if st.Recoverable || !st.Inconsistent || st.MoreNeeded < 1 {
			t.Fatalf("%d bad of %d: status %+v", bad, n, st)
		}
		t.Logf("%d bad of %d codes: %v", bad, n, err)
	}
}

// Two different readings of one code and no other code to decide: not "can be restored".
func TestTwoReadingsWithoutParityAreNotRecoverable(t *testing.T) {
	b := mustCreate(t, sampleItems(100), A4)
	a := &Assembler{}
	addAll(t, a, "a.png", b.Frames[:b.DataFrames]...)
	addAll(t, a, "b.png", forged(b.Frames[0], 5))
	if st := a.Backups()[0]; st.Recoverable || !st.Inconsistent || st.MoreNeeded != 1 || len(st.BadCodes) != 2 ||
		st.BadCodes[0].Code != 1 || st.BadCodes[1].From[0] != "b.png" {
		t.Fatalf("status %+v", st)
	}
	addAll(t, a, "c.png", b.Frames[b.DataFrames:]...)
	st := a.Backups()[0]
	if !st.Recoverable {
		t.Fatalf("status after more codes %+v", st)
	}
	wantBad(t, st, "b.png", 1)
}

// Frames re-made with another backup ID around a real ciphertext decrypt, but to a
// payload of another backup: refused, so no ledger marks the wrong backup.
func TestRelabelledCodesRefused(t *testing.T) {
	b := mustCreate(t, sampleItems(5), A4)
	a := &Assembler{}
	for _, f := range b.Frames {
		f.BackupID = "ZZZZZZZZ"
		addAll(t, a, "relabelled.png", f)
	}
	_, err := a.Open("ZZZZZZZZ", testPass)
	if !errors.Is(err, ErrBackupMismatch) || !strings.Contains(err.Error(), b.ID) {
		t.Fatalf("got %v, want ErrBackupMismatch naming %s", err, b.ID)
	}
	if _, err := a.Open("ZZZZZZZZ", "wrong passphrase"); !errors.Is(err, ErrBadPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	good := &Assembler{}
	addAll(t, good, "", b.Frames...)
	if p, err := good.Open(b.ID, testPass); err != nil || p.Meta.BackupID != b.ID {
		t.Fatalf("genuine codes: %v", err)
	}
}
