package export

import (
	"bytes"
	"slices"
	"testing"
)

// FuzzAssemblerForgedFrames adds forged frames (each 3 input bytes: code, byte, xor),
// read first, and the genuine codes that keep (bit i of keep: code i+1 read). Whenever
// the genuine codes outvote the forged ones (2·forged ≤ codes read − needed), the
// assembler must rebuild exactly the genuine ciphertext; it must never panic.
func FuzzAssemblerForgedFrames(f *testing.F) {
	b := mustCreate(f, sampleItems(30), A4)
	genuine := &Assembler{}
	for _, fr := range b.Frames {
		genuine.Add(fr)
	}
	want, err := genuine.Ciphertext(b.ID)
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte{0, 5, 1}, uint16(0xffff))
	f.Add([]byte{0, 5, 1, 3, 0, 0x80, 11, 9, 9}, uint16(0x0ff0))
	f.Add([]byte{1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5}, uint16(0xffff))
	f.Fuzz(func(t *testing.T, forgeries []byte, keep uint16) {
		a := &Assembler{}
		forged := map[int]map[string]bool{}
		for i := 0; i+2 < len(forgeries) && i < 60; i += 3 {
			fr := b.Frames[int(forgeries[i])%len(b.Frames)]
			fr.Data = slices.Clone(fr.Data)
			fr.Data[int(forgeries[i+1])%len(fr.Data)] ^= forgeries[i+2]
			if bytes.Equal(fr.Data, b.Frames[fr.Index].Data) {
				continue
			}
			a.Add(fr)
			if forged[fr.Index] == nil {
				forged[fr.Index] = map[string]bool{}
			}
			forged[fr.Index][string(fr.Data)] = true
		}
		readings, read := 0, map[int]bool{}
		for i, fr := range b.Frames {
			if keep&(1<<i) != 0 {
				a.Add(fr)
				read[i] = true
			}
		}
		for i, m := range forged {
			readings += len(m)
			read[i] = true
		}
		st := a.Backups()[0]
		ct, err := a.Ciphertext(b.ID)
		if st.Recoverable != (err == nil) {
			t.Fatalf("status says recoverable %v, Ciphertext: %v", st.Recoverable, err)
		}
		if 2*readings <= len(read)-b.DataFrames && keepsEnough(keep, b.DataFrames) && !bytes.Equal(ct, want) {
			t.Fatalf("%d forged readings, %d codes read: got %v, err %v", readings, len(read), len(ct), err)
		}
	})
}

// keepsEnough reports whether at least k genuine codes are kept.
func keepsEnough(keep uint16, k int) bool {
	n := 0
	for ; keep != 0; keep &= keep - 1 {
		n++
	}
	return n >= k
}
