package export

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestRoundTripLosingAPage(t *testing.T) {
	for _, n := range []int{1, 10, 100} {
		for _, p := range []Paper{A4, Letter} {
			t.Run(fmt.Sprintf("%d-items-%s", n, p), func(t *testing.T) {
				items := sampleItems(n)
				b := mustCreate(t, items, p)
				t.Logf("%d items: json %d B, ciphertext %d B, %d data + %d parity codes on %d pages",
					n, b.PlaintextLen, b.CiphertextLen, b.DataFrames, b.ParityFrames, len(b.Pages))
				for lost := range b.Pages {
					a := &Assembler{}
					for pg, idx := range b.Pages {
						if pg == lost && len(b.Pages) > 1 {
							continue
						}
						if pg == lost { // one page: lose its parity codes' worth
							idx = idx[b.ParityFrames:]
						}
						for _, i := range idx {
							addText(t, a, b.Frames[i].Text())
						}
					}
					assertRestores(t, a, b.ID, items)
				}
			})
		}
	}
}

// addText parses a QR text and adds it.
func addText(t *testing.T, a *Assembler, text string) {
	t.Helper()
	f, err := ParseFrame(text)
	if err != nil {
		t.Fatalf("ParseFrame: %v", err)
	}
	if err := a.Add(f); err != nil {
		t.Fatalf("Add: %v", err)
	}
}

// assertRestores rebuilds and decrypts the backup and compares the items.
func assertRestores(t *testing.T, a *Assembler, id string, want any) {
	t.Helper()
	ct, err := a.Ciphertext(id)
	if err != nil {
		t.Fatalf("Ciphertext: %v", err)
	}
	got, err := Decrypt(ct, testPass)
	if err != nil {
		t.Fatalf("Decrypt: %v", err)
	}
	if !reflect.DeepEqual(got.Items, want) {
		t.Fatalf("restored items differ")
	}
	if got.Meta.BackupID != id || got.Meta.VaultID != "vault-0001" {
		t.Fatalf("meta = %+v", got.Meta)
	}
}

func TestWrongPassphraseThenRetry(t *testing.T) {
	items := sampleItems(3)
	b := mustCreate(t, items, A4)
	a := &Assembler{}
	for _, f := range b.Frames {
		if err := a.Add(f); err != nil {
			t.Fatal(err)
		}
	}
	ct, err := a.Ciphertext(b.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decrypt(ct, "Tr0ub4dor&3"); !errors.Is(err, ErrBadPassphrase) {
		t.Fatalf("wrong passphrase: got %v, want ErrBadPassphrase", err)
	} else if contains(err.Error(), "Tr0ub4dor") {
		t.Fatalf("error leaks the passphrase: %v", err)
	}
	if _, err := Decrypt(ct, ""); !errors.Is(err, ErrBadPassphrase) {
		t.Fatalf("empty passphrase: got %v", err)
	}
	got, err := Decrypt(ct, testPass)
	if err != nil || !reflect.DeepEqual(got.Items, items) {
		t.Fatalf("retry with the right passphrase: %v", err)
	}
}

func TestTamperedCiphertextIsCorrupt(t *testing.T) {
	b := mustCreate(t, sampleItems(2), A4)
	a := &Assembler{}
	for _, f := range b.Frames {
		a.Add(f)
	}
	ct, _ := a.Ciphertext(b.ID)
	ct[len(ct)-5] ^= 1
	if _, err := Decrypt(ct, testPass); !errors.Is(err, ErrCorrupt) || errors.Is(err, ErrBadPassphrase) {
		t.Fatalf("tampered: got %v, want ErrCorrupt", err)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
