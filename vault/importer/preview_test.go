package importer

import (
	"errors"
	"strings"
	"testing"
	"time"

	"coffer/vault"
)

var (
	now     = time.Date(2026, 12, 2, 6, 0, 0, 0, time.UTC)
	testT59 = time.Unix(59, 0)
)

func mustAdd(t *testing.T, d *vault.Data, it vault.Item) vault.Item {
	t.Helper()
	stored, _, err := d.Add(it, now)
	if err != nil {
		t.Fatal(err)
	}
	return stored
}

// TestPreviewStatuses: an entry with a TOTP key already in the vault (written
// differently: bare base32) is a duplicate; one whose title matches an item
// with a different secret is a conflict; a repeat within the import is a
// duplicate of the earlier row; the rest are new; skipped stay skipped.
func TestPreviewStatuses(t *testing.T) {
	d := vault.NewData(now)
	totp := mustAdd(t, d, vault.Item{Kind: vault.KindTOTP, Title: "My RFC key",
		Secret: "gezd gnbv gy3t qojq gezd gnbv gy3t qojq"})
	shop := mustAdd(t, d, vault.Item{Kind: vault.KindPassword, Title: "shop", Secret: "other", Username: "bob"})
	r, err := Parse("k.csv", readFixture(t, "keepassxc_10col.csv"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	entries := append(r.Entries, r.Entries[2]) // "Shop" again
	rows := Preview(d.Active(), entries)
	want := []struct {
		status Status
		match  string
	}{
		{StatusNew, ""}, {StatusDuplicate, totp.ID}, {StatusConflict, shop.ID},
		{StatusNew, ""}, {StatusSkipped, ""}, {StatusDuplicate, ""},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows", len(rows))
	}
	for i, w := range want {
		if rows[i].Status != w.status || rows[i].Match != w.match {
			t.Errorf("row %d %q: %s (match %q); want %s (match %q)", i, rows[i].Item.Title, rows[i].Status, rows[i].Match, w.status, w.match)
		}
		if rows[i].Import != (w.status == StatusNew || w.status == StatusConflict) {
			t.Errorf("row %d: Import = %v", i, rows[i].Import)
		}
	}
}

// TestApply: new and conflict rows are added (the conflict beside its
// namesake, marked), duplicates and skipped rows are not, unchecked rows are
// counted; nothing existing is changed.
func TestApply(t *testing.T) {
	d := vault.NewData(now)
	mustAdd(t, d, vault.Item{Kind: vault.KindPassword, Title: "Shop", Secret: "other", Username: "bob"})
	r, err := Parse("k.csv", readFixture(t, "keepassxc_10col.csv"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := Preview(d.Active(), r.Entries)
	rows[3].Import = false // "Only notes"
	rep, err := Apply(d, rows, now)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 2 || rep.KeptBoth != 1 || rep.Unchecked != 1 || rep.Skipped != 1 || rep.Duplicates != 0 || len(rep.IDs) != 3 {
		t.Errorf("report %+v", rep)
	}
	if got := len(d.Active()); got != 4 {
		t.Errorf("%d items in the vault; want 4", got)
	}
	if _, err := d.Find("Shop (imported)", false); err != nil {
		t.Errorf("conflict not kept beside: %v", err)
	}
	old, err := d.Find("Shop", false)
	if err != nil || old.Secret != "other" {
		t.Errorf("existing item changed: %+v, %v", old, err)
	}
}

// TestApplyAllOrNothing: a row the vault would refuse stops Apply before
// anything is added, and the error does not quote the secret.
func TestApplyAllOrNothing(t *testing.T) {
	d := vault.NewData(now)
	good := Entry{Item: vault.Item{Kind: vault.KindPassword, Title: "ok", Secret: "pw"}}
	bad := Entry{Item: vault.Item{Kind: vault.KindSeed, Title: "seed", Secret: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandom"}}
	_, err := Apply(d, Preview(nil, []Entry{good, bad}), now)
	if !errors.Is(err, vault.ErrInvalidSecret) {
		t.Fatalf("err = %v", err)
	}
	if len(d.Items) != 0 {
		t.Errorf("%d items added despite the error", len(d.Items))
	}
	if want := "abandom"; strings.Contains(err.Error(), want) {
		t.Errorf("error quotes the secret: %v", err)
	}
}

// TestDescribe: the one-line description a wizard shows after reading.
func TestDescribe(t *testing.T) {
	r, err := Parse("aegis_encrypted.json", readFixture(t, "aegis_encrypted.json"), Options{Password: fixturePassword})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Describe(), "Aegis encrypted export, 5 entries (2 cannot be imported)"; got != want {
		t.Errorf("Describe = %q; want %q", got, want)
	}
	det, _ := Detect("x.json", readFixture(t, "aegis_encrypted.json"))
	if !det.NeedsPassword() || det.String() != "Aegis encrypted export" {
		t.Errorf("detection %q needs password %v", det, det.NeedsPassword())
	}
}
