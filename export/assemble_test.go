package export

import (
	"errors"
	"reflect"
	"slices"
	"testing"
)

func TestAssemblerKeepsBackupsApart(t *testing.T) {
	itemsA, itemsB := sampleItems(100), sampleItems(7)
	a, b := mustCreate(t, itemsA, A4), mustCreate(t, itemsB, A4)
	asm := &Assembler{}
	// Interleave, duplicate, and skip: all of b; a without its first page and code 13.
	onFirstPage := len(a.Pages[0])
	for i := len(a.Frames) - 1; i >= 0; i-- {
		if i >= onFirstPage && i != 12 {
			if err := asm.Add(a.Frames[i]); err != nil {
				t.Fatal(err)
			}
		}
		if i < len(b.Frames) {
			asm.Add(b.Frames[i])
			asm.Add(b.Frames[i]) // duplicate
		}
	}
	st := asm.Backups()
	if len(st) != 2 || st[0].BackupID != a.ID || st[1].BackupID != b.ID {
		t.Fatalf("statuses: %+v", st)
	}
	sa := st[0]
	wantMissing := append(slices.Clone(a.Pages[0]), 12)
	for i := range wantMissing {
		wantMissing[i]++
	}
	if !reflect.DeepEqual(sa.Missing, wantMissing) || sa.Pages[0].Missing == nil || len(sa.Pages) != len(a.Pages) {
		t.Fatalf("missing %v, want %v; pages %+v", sa.Missing, wantMissing, sa.Pages)
	}
	if sa.Recoverable != (sa.Found >= a.DataFrames) || sa.MoreNeeded != max(0, a.DataFrames-sa.Found) {
		t.Fatalf("status %+v", sa)
	}
	t.Logf("backup A: found %d of %d, need %d, more needed %d", sa.Found, sa.Total, sa.Needed, sa.MoreNeeded)
	if !sa.Recoverable {
		if _, err := asm.Ciphertext(a.ID); !errors.Is(err, ErrIncomplete) {
			t.Fatalf("incomplete: %v", err)
		}
		asm.Add(a.Frames[12])
	}
	assertRestores(t, asm, a.ID, itemsA)
	assertRestores(t, asm, b.ID, itemsB)
}

func TestAssemblerTooFewCodes(t *testing.T) {
	b := mustCreate(t, sampleItems(100), A4)
	asm := &Assembler{}
	for _, f := range b.Frames[:b.DataFrames-2] {
		asm.Add(f)
	}
	st := asm.Backups()[0]
	if st.Recoverable || st.MoreNeeded != 2 {
		t.Fatalf("status %+v", st)
	}
	if _, err := asm.Ciphertext(b.ID); !errors.Is(err, ErrIncomplete) {
		t.Fatalf("got %v", err)
	}
	if _, err := asm.Ciphertext("00000000"); !errors.Is(err, ErrIncomplete) {
		t.Fatalf("unknown ID: %v", err)
	}
}
