package gui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"coffer/export"
	"coffer/vault"
)

// trustBackup makes a backup of the sample items with export, as another vault would.
func trustBackup(t *testing.T) *export.Backup {
	t.Helper()
	items := sampleItems()
	for i := range items {
		items[i].ID = "trust-" + itoa(i)
	}
	b, err := export.Create(items, "other", testPassphrase, export.Options{WorkFactor: 10, AllowWeakWorkFactor: true})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// writeTyped writes typed fallback lines of some of b's codes into a text file.
func writeTyped(t *testing.T, b *export.Backup, name string, codes ...int) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(strings.Join(typedLinesOf(b, codes...), "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// allCodes lists 1…n.
func allCodes(b *export.Backup) []int {
	var out []int
	for i := range b.Frames {
		out = append(out, i+1)
	}
	return out
}

// A forged code with a valid checksum, dropped before the genuine pages, is named
// in the codes panel as wrong and ignored, and the backup still restores.
func TestRestoreNamesForgedCodeAndRestores(t *testing.T) {
	b := trustBackup(t)
	forged := *b
	forged.Frames = slices.Clone(b.Frames)
	forged.Frames[2].Data = slices.Clone(b.Frames[2].Data)
	forged.Frames[2].Data[7] ^= 0x5a
	stray := writeTyped(t, &forged, "stray.txt", 3)
	pdf := filepath.Join(t.TempDir(), "backup.pdf")
	writeBackupPDFOf(t, b, pdf)

	h := newHarness(t)
	h.g.start()
	test.Tap(showing[*welcomeScreen](h).restore)
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next)
	drop(h, stray)
	drop(h, pdf)
	status := r.codes.status.Text
	if !strings.Contains(status, "Code 3 (file stray.txt) was wrong and was ignored") ||
		!strings.Contains(status, "This backup can be restored") {
		t.Fatalf("status %q", status)
	}
	test.Tap(r.wiz.Next)
	test.Type(r.backupPass, testPassphrase)
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepWhere || len(r.payload.Items) != 3 {
		t.Fatalf("step %d, message %q", r.wiz.Current, r.passMsg.Text)
	}
}

// writeBackupPDFOf saves an existing backup's PDF.
func writeBackupPDFOf(t *testing.T, b *export.Backup, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := b.WritePDF(f); err != nil {
		t.Fatal(err)
	}
}

// Codes relabelled as another backup open to a payload of a different backup: the
// restore says so plainly and neither restores nor records anything.
func TestRestoreRefusesRelabelledCodes(t *testing.T) {
	b := trustBackup(t)
	relabelled := *b
	relabelled.Frames = slices.Clone(b.Frames)
	for i := range relabelled.Frames {
		relabelled.Frames[i].BackupID = "7777ZZZZ"
	}
	typed := writeTyped(t, &relabelled, "relabelled.txt", allCodes(b)...)

	h := newHarness(t)
	h.unlocked()
	h.g.showRestore()
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next)
	drop(h, typed)
	if st, ok := r.codes.selected(); !ok || !st.Recoverable {
		t.Fatalf("status %q", r.codes.status.Text)
	}
	test.Tap(r.wiz.Next)
	test.Type(r.backupPass, testPassphrase)
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepPassphrase || !strings.Contains(r.passMsg.Text, "labelled as one backup but hold another") {
		t.Fatalf("step %d, message %q", r.wiz.Current, r.passMsg.Text)
	}
	d := reopen(t, h).Snapshot()
	if len(d.Items) != 0 || len(d.Backups) != 0 {
		t.Fatalf("relabelled codes changed the vault: %d items, ledger %+v", len(d.Items), d.Backups)
	}
}

// A backup whose ID is in the ledger but whose items are not the record's is not
// merged into the open vault, and its record is not marked.
func TestRestoreIntoVaultRefusesLedgerMismatch(t *testing.T) {
	b := trustBackup(t)
	h := newHarness(t)
	h.unlocked()
	err := h.g.v.Update(func(d *vault.Data) error {
		d.RecordBackup(vault.BackupRecord{ID: b.ID, Created: h.clock.Now(), Items: []vault.BackupItem{{ID: "someone-else"}}})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(t.TempDir(), "backup.pdf")
	writeBackupPDFOf(t, b, pdf)
	h.g.showRestore()
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next)
	drop(h, pdf)
	test.Tap(r.wiz.Next)
	test.Type(r.backupPass, testPassphrase)
	test.Tap(r.wiz.Next)
	if !r.where.dest.Is(destCurrent) {
		t.Fatalf("destination %v", r.where.dest.Selected)
	}
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepWhere || !strings.Contains(r.where.msg.Text, "nothing was restored and nothing was marked") {
		t.Fatalf("step %d, message %q", r.wiz.Current, r.where.msg.Text)
	}
	d := reopen(t, h).Snapshot()
	if len(d.Items) != 0 || d.Backups[0].State() != vault.BackupPrinted {
		t.Fatalf("a mismatching backup changed the vault: %d items, ledger %+v", len(d.Items), d.Backups)
	}
}

// The banner names keys only on paper never read back, and only on paper whose codes
// were read but not decrypted; it hides only when every key is on a checked backup.
func TestPaperBannerStates(t *testing.T) {
	two := make([]vault.Item, 2)
	got := paperBanner(vault.PaperStatus{OnlyPrinted: two[:1], OnlyCodesRead: two})
	want := "1 key is only on paper never read back; 2 keys are only on paper whose codes were read but never " +
		"decrypted, so not checked. To check a printout, restore it into this vault (Vault menu): that decrypts it, and keys already in the vault are skipped."
	if got != want {
		t.Errorf("banner %q", got)
	}
	if paperBanner(vault.PaperStatus{UpToDate: two}) != "" {
		t.Error("banner shown when every key is on a checked backup")
	}
}

// A separate backup passphrase is typed twice; when it is the vault passphrase the
// wizard warns why and goes on only when the user accepts.
func TestPrintWarnsWhenBackupPassphraseIsVaultPassphrase(t *testing.T) {
	h := newHarness(t)
	h.usePaperRecorder()
	h.unlocked(sampleItems()...)
	h.g.showPrint()
	p := showing[*printScreen](h)
	test.Tap(p.wiz.Next)
	p.passChoice.Pick(passSeparate)
	test.Type(p.pair.Entry, "marble pilot sunset glacier wander copper")
	test.Type(p.pair.Confirm, "marble pilot sunset glacier wander coper")
	test.Tap(p.wiz.Next)
	if p.backup != nil || p.passMsg.Text != "The two passphrases are different." {
		t.Fatalf("a mistyped confirmation was accepted: %q", p.passMsg.Text)
	}
	p.pair.Entry.SetText(testPassphrase)
	p.pair.Confirm.SetText(testPassphrase)
	test.Tap(p.wiz.Next)
	if p.backup != nil || p.sameDialog == nil || h.g.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no warning when the backup passphrase is the vault passphrase")
	}
	if !markupHas(h, "guess your vault passphrase") || !markupHas(h, "old sheets keep opening") {
		t.Fatal("the warning does not say why")
	}
	p.sameDialog.Dismiss()
	if p.backup != nil || p.wiz.Current != printStepPassphrase {
		t.Fatal("a backup was made after choosing another passphrase")
	}
	test.Tap(p.wiz.Next)
	p.sameDialog.Confirm()
	if p.backup == nil || p.wiz.Current != printStepPreview {
		t.Fatalf("accepting the warning did not make the backup: %q", p.passMsg.Text)
	}
	asm := export.NewAssembler()
	for _, f := range p.backup.Frames {
		if err := asm.Add(f); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := asm.Open(p.backup.ID, testPassphrase); err != nil {
		t.Fatalf("the backup does not open with the vault passphrase: %v", err)
	}
}

// Codes that disagree with too few agreeing are never "can be restored"; the
// summary and the backup choice say they disagree, and name the codes set aside.
func TestCodesSummaryWhenCodesDisagree(t *testing.T) {
	st := export.Status{BackupID: "8HH5BV19", Found: 8, Needed: 8, Total: 12, Inconsistent: true, MoreNeeded: 1,
		Missing: []int{9, 10, 11, 12}, Pages: []export.PageStatus{{Page: 1, Codes: []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
			Missing: []int{9, 10, 11, 12}}},
		BadCodes: []export.BadCode{{BackupID: "8HH5BV19", Code: 3, From: []string{"/tmp/x/page1.png"}, Reason: "does not agree with the other codes (parity)"}}}
	got := codesSummary(st)
	for _, want := range []string{"Code 3 (file page1.png) was wrong and was ignored", "The codes read disagree"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary %q lacks %q", got, want)
		}
	}
	if strings.Contains(got, "can be restored") || strings.Contains(choiceLabel(st), "can be restored") {
		t.Errorf("disagreeing codes called restorable: %q / %q", got, choiceLabel(st))
	}
	if !strings.Contains(choiceLabel(st), "disagree") {
		t.Errorf("choice %q", choiceLabel(st))
	}
}

// printedToCheck runs the print wizard on the sample items with the vault
// passphrase up to the check step, with the PDF saved; it returns the screen and
// the PDF's path.
func printedToCheck(t *testing.T, h *harness) (*printScreen, string) {
	t.Helper()
	h.usePaperRecorder()
	h.unlocked(sampleItems()...)
	h.g.showPrint()
	p := showing[*printScreen](h)
	test.Tap(p.wiz.Next)
	test.Type(p.vaultPass, testPassphrase)
	test.Tap(p.wiz.Next)
	test.Tap(p.wiz.Next)
	h.g.win.Canvas().Overlays().Remove(h.g.win.Canvas().Overlays().Top())
	pdf := filepath.Join(t.TempDir(), "b.pdf")
	p.onSaveChosen(fileWriter(t, pdf), nil)
	test.Tap(p.wiz.Next)
	if p.wiz.Current != printStepCheck {
		t.Fatalf("step %d (%s / %s)", p.wiz.Current, p.passMsg.Text, p.saveMsg.Text)
	}
	return p, pdf
}

// A printout that decrypts but does not hold what the ledger records for it is
// not marked checked, and the message says so.
func TestPrintCheckMismatchMarksNothing(t *testing.T) {
	h := newHarness(t)
	p, pdf := printedToCheck(t, h)
	id := p.backup.ID
	err := h.g.v.Update(func(d *vault.Data) error {
		for i := range d.Backups {
			d.Backups[i].Items = d.Backups[i].Items[:1]
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	drop(h, pdf)
	if !p.codesRead {
		t.Fatalf("codes not read: %q", p.check.status.Text)
	}
	test.Type(p.checkPass, testPassphrase)
	test.Tap(p.checkOpen)
	if p.checked || !strings.Contains(p.checkMsg.Text, "so nothing was marked") {
		t.Fatalf("mismatch: checked %v, %q", p.checked, p.checkMsg.Text)
	}
	if r, _ := reopen(t, h).Snapshot().Backup(id); r.State() != vault.BackupCodesRead {
		t.Fatalf("ledger state %v after a mismatch", r.State())
	}
}
