package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"coffer/vault"
	"coffer/vault/importer"
)

// importFixture is a file of the importer's test exports.
func importFixture(name string) string {
	p, err := filepath.Abs(filepath.Join("..", "..", "vault", "importer", "testdata", name))
	if err != nil {
		panic(err)
	}
	return p
}

// importFixturePassword opens the importer's encrypted fixtures (vault/importer/testdata/gen.go).
const importFixturePassword = "coffer-test"

// vaultBeforeImport holds one TOTP with the secret of the otpauth.txt fixture's first
// account (a duplicate) and one with the title of its second and another secret
// (a conflict).
func vaultBeforeImport() []vault.Item {
	return []vault.Item{
		{Kind: vault.KindTOTP, Title: "Old alice", Secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Username: "alice@example.com"},
		{Kind: vault.KindTOTP, Title: "RFC SHA256 (bob)", Secret: "JBSWY3DPEHPK3PXP", Username: "bob"},
	}
}

// openImport unlocks a vault with items and opens the import wizard from the menu's
// show function.
func openImport(h *harness, items ...vault.Item) *importScreen {
	h.t.Helper()
	h.unlocked(items...)
	h.g.showImport()
	return showing[*importScreen](h)
}

// importRowsByTitle maps each preview row's title to its status.
func importRowsByTitle(s *importScreen) map[string]importer.Status {
	out := map[string]importer.Status{}
	for _, r := range s.rows {
		out[r.Item.Title] = r.Status
	}
	return out
}

// reopenTitles opens the vault file again and lists its active titles.
func reopenTitles(h *harness) []string {
	h.t.Helper()
	h.g.closeVault()
	v, err := vault.Open(h.g.path, testPassphrase, h.g.opts)
	if err != nil {
		h.t.Fatal(err)
	}
	defer closeQuietly(v)
	var out []string
	for _, it := range v.Snapshot().Active() {
		out = append(out, it.Title)
	}
	return out
}

func TestImportPlainPreviewAndImport(t *testing.T) {
	h := newHarness(t)
	s := openImport(h, vaultBeforeImport()...)
	if !s.wiz.Next.Disabled() {
		t.Fatal("Next enabled before a file was chosen")
	}
	drop(h, importFixture("otpauth.txt"))
	if got := s.fileMsg.Text; !strings.HasPrefix(got, "otpauth:// link list, 5 entries (2 cannot be imported)") {
		t.Fatalf("detection message = %q", got)
	}
	test.Tap(s.wiz.Next)
	if s.wiz.Current != importStepPreview {
		t.Fatalf("step %d after Next on a plain export; want the preview", s.wiz.Current)
	}
	want := map[string]importer.Status{
		"RFC SHA1 (alice@example.com)": importer.StatusDuplicate,
		"RFC SHA256 (bob)":             importer.StatusConflict,
		"RFC SHA512 (carol)":           importer.StatusNew,
		"Counter (dave)":               importer.StatusSkipped,
		"Steam (erin)":                 importer.StatusSkipped,
	}
	got := importRowsByTitle(s)
	for title, st := range want {
		if got[title] != st {
			t.Errorf("%s: status %v, want %v", title, got[title], st)
		}
	}
	if s.checks[0].Checked || !s.checks[1].Checked || !s.checks[2].Checked || !s.checks[3].Disabled() {
		t.Errorf("ticks: duplicate %v conflict %v new %v; skipped disabled %v",
			s.checks[0].Checked, s.checks[1].Checked, s.checks[2].Checked, s.checks[3].Disabled())
	}
	assertMarkup(t, "import_preview.xml", h.g.win.Canvas())
	if s.wiz.Next.Text != "Import 2 items" {
		t.Errorf("Next = %q", s.wiz.Next.Text)
	}
	test.Tap(s.wiz.Next)
	if s.wiz.Current != importStepDone || s.report.Added != 1 || s.report.KeptBoth != 1 || s.report.Duplicates != 1 {
		t.Fatalf("step %d, report %+v", s.wiz.Current, s.report)
	}
	if s.rows != nil || len(s.result.Entries) != 0 {
		t.Error("the export is still held after the import")
	}
	assertMarkup(t, "import_done.xml", h.g.win.Canvas())
	if s.wiz.Back.Visible() || s.wiz.Cancel.Visible() {
		t.Error("Back or Cancel offered after the keys were written")
	}
	titles := strings.Join(reopenTitles(h), "|")
	for _, w := range []string{"Old alice", "RFC SHA256 (bob)", "RFC SHA256 (bob) (imported)", "RFC SHA512 (carol)"} {
		if !strings.Contains(titles, w) {
			t.Errorf("vault file lacks %q: %s", w, titles)
		}
	}
	if strings.Contains(titles, "RFC SHA1") || strings.Contains(titles, "dave") {
		t.Errorf("duplicate or skipped entry imported: %s", titles)
	}
}

func TestImportUntickedRowIsLeftOut(t *testing.T) {
	h := newHarness(t)
	s := openImport(h)
	drop(h, importFixture("otpauth.txt"))
	test.Tap(s.wiz.Next)
	test.Tap(s.checks[0])
	if s.wiz.Next.Text != "Import 2 items" {
		t.Fatalf("Next = %q after unticking one of 3", s.wiz.Next.Text)
	}
	test.Tap(s.wiz.Next)
	if s.report.Added != 2 || s.report.Unchecked != 1 {
		t.Fatalf("report %+v", s.report)
	}
}

func TestImportEncryptedWrongPasswordThenRight(t *testing.T) {
	h := newHarness(t)
	s := openImport(h)
	drop(h, importFixture("aegis_encrypted.json"))
	if !strings.Contains(s.fileMsg.Text, "Aegis encrypted export") || s.wiz.Next.Disabled() {
		t.Fatalf("message %q, Next disabled %v", s.fileMsg.Text, s.wiz.Next.Disabled())
	}
	assertMarkup(t, "import_files_encrypted.xml", h.g.win.Canvas())
	test.Tap(s.wiz.Next)
	if s.wiz.Current != importStepPassword {
		t.Fatalf("step %d; want the password", s.wiz.Current)
	}
	test.Type(s.pass, "not-the-password")
	test.Tap(s.wiz.Next)
	if s.wiz.Current != importStepPassword || !strings.Contains(s.passMsg.Text, "does not open the export") {
		t.Fatalf("after a wrong password: step %d, message %q", s.wiz.Current, s.passMsg.Text)
	}
	if s.pass.Text != "" || len(s.result.Entries) != 0 {
		t.Error("wrong password kept, or entries read")
	}
	assertMarkup(t, "import_wrong_password.xml", h.g.win.Canvas())
	test.Type(s.pass, importFixturePassword)
	test.Tap(s.wiz.Next)
	if s.wiz.Current != importStepPreview || len(s.rows) != 5 {
		t.Fatalf("after the right password: step %d, %d rows", s.wiz.Current, len(s.rows))
	}
	if !strings.HasPrefix(s.describe(), "Aegis encrypted export, 5 entries") {
		t.Errorf("describe = %q", s.describe())
	}
}

func TestImportCancelWritesNothing(t *testing.T) {
	h := newHarness(t)
	s := openImport(h, vaultBeforeImport()...)
	drop(h, importFixture("otpauth.txt"))
	test.Tap(s.wiz.Next)
	test.Tap(s.wiz.Cancel)
	showing[*mainScreen](h)
	if got := reopenTitles(h); len(got) != 2 {
		t.Fatalf("vault holds %v after Cancel", got)
	}
}

func TestImportUnknownFileSaysSo(t *testing.T) {
	h := newHarness(t)
	s := openImport(h)
	notes := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(notes, []byte("shopping: milk, eggs\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	drop(h, notes)
	if !strings.HasPrefix(s.fileMsg.Text, "notes.txt: text of an unknown kind") || !s.wiz.Next.Disabled() {
		t.Fatalf("message %q, Next disabled %v", s.fileMsg.Text, s.wiz.Next.Disabled())
	}
}

func TestImportFromEmptyVault(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked()
	if m.importBtn.Hidden {
		t.Fatal("the empty vault shows no Import button")
	}
	test.Tap(m.importBtn)
	showing[*importScreen](h)
}

func TestImportButtonOnlyOnTheEmptyVault(t *testing.T) {
	h := newHarness(t)
	m := h.unlocked(sampleItems()...)
	if m.importBtn.Visible() {
		t.Fatal("Import… shown on a vault that has items (the menu has it)")
	}
}

func TestImportDroppedWhileReadingIsDiscardedAfterLock(t *testing.T) {
	h := newHarness(t)
	s := openImport(h)
	h.queueDone()
	drop(h, importFixture("otpauth.txt"))
	h.g.lock()
	h.runDone()
	if len(s.result.Entries) != 0 {
		t.Fatal("an export read after the lock is kept")
	}
}

// googleScreenshots makes one PNG screenshot per QR code of the Google Authenticator
// transfer fixture.
func googleScreenshots(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(importFixture("google_migration.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var shots []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "otpauth-migration://") {
			shots = append(shots, qrPNG(t, l))
		}
	}
	return shots
}

func TestImportGoogleScreenshotsOneByOne(t *testing.T) {
	h := newHarness(t)
	s := openImport(h)
	shots := googleScreenshots(t)
	drop(h, shots[0])
	if !strings.Contains(s.fileMsg.Text, "QR code 2 of 2 not read") {
		t.Fatalf("one screenshot of two: %q", s.fileMsg.Text)
	}
	drop(h, shots[1])
	if len(s.paths) != 2 || strings.Contains(s.fileMsg.Text, "not read") || len(s.result.Entries) != 4 {
		t.Fatalf("both screenshots: %d files, %d entries, %q", len(s.paths), len(s.result.Entries), s.fileMsg.Text)
	}
	test.Tap(s.wiz.Next)
	test.Tap(s.wiz.Next)
	if s.report.Added != 3 || s.report.Skipped != 1 {
		t.Fatalf("report %+v", s.report)
	}
}

func TestImportDoneOffersAPaperBackup(t *testing.T) {
	h := newHarness(t)
	s := openImport(h)
	drop(h, importFixture("otpauth.txt"))
	test.Tap(s.wiz.Next)
	test.Tap(s.wiz.Next)
	done := s.wiz.Current
	if done != importStepDone {
		t.Fatalf("step %d", done)
	}
	test.Tap(s.printBtn)
	showing[*printScreen](h)
}

func TestImportKeepsTheLatestReadWhenFilesComeDuringOne(t *testing.T) {
	h := newHarness(t)
	s := openImport(h)
	shots := googleScreenshots(t)
	h.queueDone()
	drop(h, shots[0])
	drop(h, shots[1])
	// The read of the first screenshot alone finishes last.
	h.queued[0], h.queued[1] = h.queued[1], h.queued[0]
	h.runDone()
	if len(s.result.Entries) != 4 || s.wiz.Next.Disabled() {
		t.Fatalf("%d entries after both reads (want the 4 of both screenshots), Next disabled %v", len(s.result.Entries), s.wiz.Next.Disabled())
	}
}

func TestImportBackFromPreviewKeepsAPlainExport(t *testing.T) {
	h := newHarness(t)
	s := openImport(h)
	drop(h, importFixture("otpauth.txt"))
	test.Tap(s.wiz.Next)
	test.Tap(s.wiz.Back)
	if s.wiz.Current != importStepFiles || s.wiz.Next.Disabled() {
		t.Fatalf("step %d, Next disabled %v", s.wiz.Current, s.wiz.Next.Disabled())
	}
	test.Tap(s.wiz.Next)
	if len(s.rows) != 5 {
		t.Fatalf("%d rows after Back and Next", len(s.rows))
	}
}

func TestImportIsInTheVaultMenu(t *testing.T) {
	h := newHarness(t)
	h.unlocked()
	h.g.installMenu()
	for _, it := range h.g.win.MainMenu().Items[0].Items {
		if it.Label == "Import…" {
			it.Action()
			showing[*importScreen](h)
			return
		}
	}
	t.Fatal("no Import… in the Vault menu")
}
