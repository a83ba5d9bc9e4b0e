package gui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"coffer/export"
	"coffer/vault"
)

// TestPrintCheckThenRestoreIntoNewVault prints a backup through the wizard, checks
// the printout from PNG pages, then restores it on a fresh computer from the pages
// with one page missing, into a new vault.
func TestPrintCheckThenRestoreIntoNewVault(t *testing.T) {
	h := newHarness(t)
	rec := h.usePaperRecorder("Office_Laser")
	m := h.unlocked(append(sampleItems(), bigNote(t))...)
	if m.bannerBox.Hidden {
		t.Fatal("no backup banner for a vault never printed")
	}
	test.Tap(m.print)
	p := showing[*printScreen](h)

	// Step 1: everything.
	if !p.scope.Is(scopeAll) || !strings.Contains(p.whatMsg.Text, "4 items") {
		t.Fatalf("scope %q, message %q", p.scope.Selected, p.whatMsg.Text)
	}
	test.Tap(p.wiz.Next)

	// Step 2: the vault passphrase is checked before anything is made.
	test.Type(p.vaultPass, "not my passphrase")
	test.Tap(p.wiz.Next)
	if p.wiz.Current != printStepPassphrase || !strings.Contains(p.passMsg.Text, "not your vault passphrase") {
		t.Fatalf("step %d, message %q", p.wiz.Current, p.passMsg.Text)
	}
	test.Type(p.vaultPass, testPassphrase)
	test.Tap(p.wiz.Next)

	// Step 3: every page in the preview.
	if p.wiz.Current != printStepPreview || p.backup == nil {
		t.Fatalf("step %d, message %q", p.wiz.Current, p.passMsg.Text)
	}
	if len(p.backup.Pages) < 3 {
		t.Fatalf("%d code pages; the test needs a spare page", len(p.backup.Pages))
	}
	if p.vaultPass.Text != "" {
		t.Error("the passphrase stays in the entry after the backup was made")
	}
	n := len(p.pages)
	if want := "Page 1 of " + itoa(n); p.pageLabel.Text != want || !p.prevPage.Disabled() {
		t.Fatalf("preview label %q, want %q", p.pageLabel.Text, want)
	}
	test.Tap(p.nextPage)
	if p.pageLabel.Text != "Page 2 of "+itoa(n) || p.pageImg.Image != p.pages[1] {
		t.Fatalf("after Next page: %q", p.pageLabel.Text)
	}
	test.Tap(p.wiz.Next)

	// Step 4: the advice on the page (no dialog repeats it), save, print, open in the viewer.
	if h.g.win.Canvas().Overlays().Top() != nil || !strings.Contains(shownTexts(h.g.win.Canvas().Content()), printAdvice) {
		t.Fatal("printing advice not on the page, or repeated in a dialog")
	}
	if !p.wiz.Next.Disabled() || !p.printBtn.Disabled() {
		t.Fatal("can go on or print before the PDF is saved")
	}
	dir := t.TempDir()
	pdf := filepath.Join(dir, "backup.pdf")
	p.onSaveChosen(fileWriter(t, pdf), nil)
	if !strings.Contains(p.saveMsg.Text, "Saved as PDF, not checked yet") || p.wiz.Next.Disabled() {
		t.Fatalf("save message %q", p.saveMsg.Text)
	}
	if p.printers.Selected != "Office_Laser" {
		t.Fatalf("printer %q", p.printers.Selected)
	}
	test.Tap(p.printBtn)
	test.Tap(p.viewer)
	if len(rec.printed) != 1 || rec.printed[0] != "Office_Laser "+pdf || len(rec.viewed) != 1 {
		t.Fatalf("printed %v viewed %v", rec.printed, rec.viewed)
	}
	if !strings.Contains(p.printMsg.Text, "PDF viewer") {
		t.Errorf("print message %q", p.printMsg.Text)
	}
	test.Tap(p.wiz.Next)

	// Step 5: photos of pages 1 and 3 rebuild the backup but are not every code: nothing is marked.
	pngs := writePages(t, p.backup, dir, 1, 3)
	drop(h, pngs...)
	id := p.backup.ID
	if p.codesRead || !p.checkBox.Hidden || !strings.Contains(p.checkMsg.Text, "Not every code is read yet") {
		t.Fatalf("check with a page missing: %q / %q", p.check.status.Text, p.checkMsg.Text)
	}
	// Page 2 as well: every code read, marked as codes read, not checked.
	drop(h, writePages(t, p.backup, dir, 2)...)
	if !p.codesRead || p.checked || p.checkBox.Hidden ||
		p.checkMsg.Text != "All codes read; not decrypted, so not checked: type the backup passphrase to check it." {
		t.Fatalf("codes read: %q", p.checkMsg.Text)
	}
	if r, _ := h.g.v.Snapshot().Backup(id); r.State() != vault.BackupCodesRead {
		t.Fatalf("ledger state %v after reading the codes", r.State())
	}
	// A wrong passphrase: not checked, and the message says what it may mean.
	test.Type(p.checkPass, "marble pilot sunset")
	test.Tap(p.checkOpen)
	if p.checked || !strings.Contains(p.checkMsg.Text, "does not open this backup, so it is not checked") {
		t.Fatalf("wrong passphrase: %q", p.checkMsg.Text)
	}
	if r, _ := h.g.v.Snapshot().Backup(id); r.State() != vault.BackupCodesRead {
		t.Fatalf("ledger state %v after a wrong passphrase", r.State())
	}
	test.Type(p.checkPass, testPassphrase)
	test.Tap(p.checkOpen)
	if !p.checked || !strings.Contains(p.checkMsg.Text, "Your printout is checked") {
		t.Fatalf("check: %q / %q", p.check.status.Text, p.checkMsg.Text)
	}
	test.Tap(p.wiz.Next)
	m = showing[*mainScreen](h)
	if !m.bannerBox.Hidden {
		t.Errorf("banner still Shown: %q", m.banner.Text)
	}
	v := reopen(t, h)
	b := v.Snapshot().Backups
	if len(b) != 1 || b[0].ID != id || b[0].State() != vault.BackupChecked || len(b[0].Items) != 4 {
		t.Fatalf("ledger on disk: %+v", b)
	}

	// A new computer: no vault, the same photos, page 2 missing.
	h2 := newHarness(t)
	h2.g.start()
	test.Tap(showing[*welcomeScreen](h2).restore)
	r := showing[*restoreScreen](h2)
	test.Tap(r.wiz.Next) // photos
	if r.wiz.Current != restoreStepFiles || !r.wiz.Next.Disabled() {
		t.Fatal("files step not shown, or Next enabled without files")
	}
	drop(h2, pngs...)
	st, ok := r.codes.selected()
	if !ok || !st.Recoverable || len(st.Missing) != len(p.backup.Pages[1]) {
		t.Fatalf("status %+v", st)
	}
	if !strings.Contains(r.codes.status.Text, "This backup can be restored") || !markupHas(h2, "rebuilt") {
		t.Fatalf("status text %q", r.codes.status.Text)
	}
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepPassphrase {
		t.Fatalf("step %d after a recoverable scan", r.wiz.Current)
	}
	test.Type(r.backupPass, "wrong passphrase")
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepPassphrase || !strings.Contains(r.passMsg.Text, "does not open this backup") {
		t.Fatalf("wrong passphrase: step %d, %q", r.wiz.Current, r.passMsg.Text)
	}
	test.Type(r.backupPass, testPassphrase)
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepWhere {
		t.Fatalf("step %d, message %q", r.wiz.Current, r.passMsg.Text)
	}
	if markupHas(h2, "hunter2") || !markupHas(h2, "Old wallet export") {
		t.Fatal("the item preview shows a secret, or not the titles")
	}
	if r.where.dest.Len() != 1 || !r.where.dest.Is(destNew) || r.where.newPath() != h2.g.path {
		t.Fatalf("destinations %v, new path %q", r.where.dest.Options, r.where.newPath())
	}
	const newPass = "velvet lantern orbit cactus meadow thunder"
	test.Type(r.where.pair.Entry, newPass)
	test.Type(r.where.pair.Confirm, newPass)
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepDone {
		t.Fatalf("step %d, message %q", r.wiz.Current, r.where.msg.Text)
	}
	if r.report != (vault.MergeReport{Added: 4}) || !markupHas(h2, "4 items added") || markupHas(h2, "0 items") {
		t.Fatalf("summary %+v", r.report)
	}
	test.Tap(r.wiz.Next)
	m2 := showing[*mainScreen](h2)
	if len(m2.items) != 4 || h2.g.win.Title() != "Coffer — test" {
		t.Fatalf("restored vault shows %v", titles(m2))
	}
	v2 := reopenWith(t, h2, newPass)
	if it, err := v2.Snapshot().Find("Bank", false); err != nil || it.Secret != "hunter2-but-longer" {
		t.Fatalf("restored item on disk: %v", err)
	}
	if b := v2.Snapshot().Backups; len(b) != 1 || b[0].ID != id || b[0].State() != vault.BackupChecked {
		t.Fatalf("restored vault's ledger %+v", b)
	}
}

// reopenWith locks the gui and opens its vault file with a passphrase.
func reopenWith(t *testing.T, h *harness, pass string) *vault.Vault {
	t.Helper()
	h.g.lock()
	v, err := vault.Open(h.g.path, pass, h.g.opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Close() })
	return v
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestRestoreTwoBackupsChooseOne mixes the PDFs of two backups; the user chooses
// one and merges it into the open vault.
func TestRestoreTwoBackupsChooseOne(t *testing.T) {
	h := newHarness(t)
	h.usePaperRecorder()
	m := h.unlocked(sampleItems()...)
	dir := t.TempDir()
	old := writeBackupPDF(t, []vault.Item{{ID: "aaaa", Kind: vault.KindPassword, Title: "Old forum", Secret: "pw-one"}}, "first backup pass", filepath.Join(dir, "a.pdf"))
	newer := writeBackupPDF(t, []vault.Item{
		{ID: "bbbb", Kind: vault.KindPassword, Title: "Mail", Secret: "pw-two"},
		m.items[0],
	}, "second backup pass", filepath.Join(dir, "b.pdf"))

	h.g.showRestore()
	r := showing[*restoreScreen](h)
	test.Tap(r.wiz.Next)
	drop(h, filepath.Join(dir, "a.pdf"), filepath.Join(dir, "b.pdf"))
	if r.codes.choiceBox.Hidden || len(r.codes.choice.Options) != 2 {
		t.Fatalf("choice hidden %v, options %v", r.codes.choiceBox.Hidden, r.codes.choice.Options)
	}
	if !r.wiz.Next.Disabled() {
		t.Fatal("Next enabled before a backup is chosen")
	}
	assertMarkup(t, "restore_two_backups.xml", h.g.win.Canvas(), old.ID, "BACKUP-A", newer.ID, "BACKUP-B")
	for _, o := range r.codes.choice.Options {
		if strings.Contains(o, newer.ID) {
			r.codes.choice.SetSelected(o)
		}
	}
	if st, ok := r.codes.selected(); !ok || st.BackupID != newer.ID {
		t.Fatalf("chosen %+v", st)
	}
	test.Tap(r.wiz.Next)
	test.Type(r.backupPass, "second backup pass")
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepWhere || !r.where.dest.Is(destCurrent) {
		t.Fatalf("step %d, dest %q, message %q", r.wiz.Current, r.where.dest.Selected, r.passMsg.Text)
	}
	assertMarkup(t, "restore_where.xml", h.g.win.Canvas())
	test.Tap(r.wiz.Next)
	if r.report != (vault.MergeReport{Added: 1, Skipped: 1}) {
		t.Fatalf("report %+v", r.report)
	}
	assertMarkup(t, "restore_done.xml", h.g.win.Canvas())
	test.Tap(r.wiz.Next)
	m = showing[*mainScreen](h)
	if got := strings.Join(titles(m), ","); got != "Bank,GitHub 2FA,Ledger wallet,Mail" {
		t.Fatalf("items %s", got)
	}
	if _, err := reopen(t, h).Snapshot().Find("Old forum", false); err == nil {
		t.Fatal("the backup not chosen was restored too")
	}
}

// TestRestoreTypedLineWithTypo types the lines of a backup, one with a typo: the
// line is named, fixed, and accepted.
func TestRestoreTypedLineWithTypo(t *testing.T) {
	h := newHarness(t)
	h.usePaperRecorder()
	h.unlocked()
	items := sampleItems()[:2]
	items[0].ID, items[1].ID = "s1", "s2"
	b, err := export.Create(items, "other", "typed backup pass", export.Options{WorkFactor: 10, AllowWeakWorkFactor: true})
	if err != nil {
		t.Fatal(err)
	}
	var codes []int
	for i := 1; i <= b.DataFrames; i++ {
		codes = append(codes, i)
	}
	lines := typedLinesOf(b, codes...)
	if len(lines) < 3 {
		t.Fatalf("only %d lines", len(lines))
	}
	good := lines[1]
	bad := []byte(good)
	bad[10] = map[bool]byte{true: 'B', false: 'A'}[bad[10] == 'A'] // one character wrong
	lines[1] = string(bad)

	h.g.showRestore()
	r := showing[*restoreScreen](h)
	r.have.Pick(haveTyped)
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepTyped {
		t.Fatalf("step %d", r.wiz.Current)
	}
	r.typed.entry.SetText(strings.Join(lines, "\n"))
	if !markupHas(h, "Line 2 (") || !markupHas(h, "has a typo") || !r.wiz.Next.Disabled() {
		t.Fatalf("the wrong line is not named: %q", test.RenderToMarkup(h.g.win.Canvas()))
	}
	fixed := r.typed.entry.Text
	r.typed.entry.SetText("01.01  ABCDE FGHIJ KLMNO PQRST UVWXY Z2345  K7\n02.01 not a code line")
	assertMarkup(t, "restore_typed_typo.xml", h.g.win.Canvas())
	r.typed.entry.SetText(fixed)
	lines[1] = strings.ToLower(good) // case does not matter
	r.typed.entry.SetText(strings.Join(lines, "\n"))
	if markupHas(h, "has a typo") || r.wiz.Next.Disabled() {
		t.Fatal("the fixed line is not accepted")
	}
	if !strings.Contains(r.typed.status.Text, "This backup can be restored") {
		t.Fatalf("status %q", r.typed.status.Text)
	}
	test.Tap(r.wiz.Next)
	test.Type(r.backupPass, "typed backup pass")
	test.Tap(r.wiz.Next)
	test.Tap(r.wiz.Next)
	if r.report.Added != 2 {
		t.Fatalf("report %+v", r.report)
	}
}

// TestLostKeyGuide walks the guide; each ticked review step lands, dated, in the
// item's incident log on disk and shows as done when the guide is opened again.
func TestLostKeyGuide(t *testing.T) {
	h := newHarness(t)
	rec := h.usePaperRecorder()
	items := sampleItems()
	items[1].Recovery.SupportURL = "https://bank.example/help"
	m := h.unlocked(items...)
	bank := h.selectTitle(m, "Bank").item
	r := vault.BackupRecord{ID: "K3J9QX2A", Created: h.clock.Now(), Paper: "a4", Pages: 3, Location: "the safe at home",
		Items: []vault.BackupItem{{ID: bank.ID, Modified: bank.Modified}}}
	commit(h.g.v, h.g, func(d *vault.Data) error { d.RecordBackup(r); return nil })

	test.Tap(h.selectTitle(m, "Bank").stolen)
	s := showing[*lostScreen](h)
	const line = "Backup K3J9QX2A, made 14 Mar 2025 09:26, 3 pages on A4 paper, saved as PDF or printed, not checked yet, kept: the safe at home"
	// Codes read is not checked; only a decrypt is.
	read, checked := r.Clone(), r.Clone()
	at := h.clock.Now().Add(time.Hour)
	read.Verified, checked.Verified, checked.Checked = &at, &at, &at
	if got := s.recordLine(read); !strings.Contains(got, "codes read 14 Mar 2025 10:26 but never decrypted, so not checked") {
		t.Errorf("codes-read line %q", got)
	}
	if got := s.recordLine(checked); !strings.Contains(got, ", checked 14 Mar 2025 10:26,") {
		t.Errorf("checked line %q", got)
	}
	if got := s.recordLine(r); got != line || !markupHas(h, "Backup K3J9QX2A, made 14 Mar 2025 09:26") {
		t.Fatalf("the printout holding the key is not listed: %q", got)
	}
	assertMarkup(t, "lost_confirm.xml", h.g.win.Canvas())
	test.Tap(s.wiz.Next)
	if !markupHas(h, "alice@example.com") || len(s.links) != 1 {
		t.Fatal("recovery route not shown")
	}
	test.Tap(s.links[0])
	if len(rec.opened) != 1 || rec.opened[0] != "https://bank.example/help" {
		t.Fatalf("opened %v", rec.opened)
	}
	test.Tap(s.wiz.Next)
	steps := vault.SecurityReview(vault.KindPassword)
	h.clock.Advance(90 * 60e9)
	test.Tap(s.review[steps[0].ID])
	if !s.review[steps[0].ID].Checked || !strings.HasPrefix(s.done[steps[0].ID].Text, "Done 14 Mar 2025 10:56") {
		t.Fatalf("tick not shown as done: %q", s.done[steps[0].ID].Text)
	}
	if !markupHas(h, "Report the loss to the provider") {
		t.Error("the user's duty is not shown")
	}
	assertMarkup(t, "lost_review.xml", h.g.win.Canvas())

	// Open the guide again: the tick is still there, with its date.
	test.Tap(s.wiz.Cancel)
	test.Tap(h.selectTitle(showing[*mainScreen](h), "Bank").lost)
	s = showing[*lostScreen](h)
	test.Tap(s.wiz.Next)
	test.Tap(s.wiz.Next)
	if c := s.review[steps[0].ID]; !c.Checked || s.done[steps[0].ID].Hidden || s.review[steps[1].ID].Checked {
		t.Fatal("ticks not read back from the incident log")
	}
	test.Tap(s.review[steps[0].ID]) // a done step cannot be unticked
	if !s.review[steps[0].ID].Checked {
		t.Fatal("a logged step was unticked")
	}
	test.Tap(s.wiz.Next)
	test.Tap(s.edit)
	if mm := showing[*mainScreen](h); mm.edit == nil || mm.edit.title.Text != "Bank" {
		t.Fatal("Edit did not open the item's form")
	}

	it, err := reopen(t, h).Snapshot().Get(bank.ID)
	if err != nil || len(it.Incidents) != 1 {
		t.Fatalf("incidents on disk: %v %+v", err, it.Incidents)
	}
	if in := it.Incidents[0]; !strings.HasPrefix(in.Note, reviewPrefix+steps[0].ID) || !in.Time.Equal(h.clock.Now()) {
		t.Fatalf("incident %+v", in)
	}
}

// TestLostVaultOpensRestore follows Help → "I lost my vault" to the restore wizard.
func TestLostVaultOpensRestore(t *testing.T) {
	h := newHarness(t)
	h.createVault()
	h.g.start()
	h.g.showLostVault()
	s := showing[*lostVaultScreen](h)
	if !markupHas(h, "cannot be opened by anyone") {
		t.Fatal("no explanation")
	}
	test.Tap(s.restore)
	r := showing[*restoreScreen](h)
	assertMarkup(t, "restore_have.xml", h.g.win.Canvas())
	test.Tap(r.wiz.Cancel)
	showing[*unlockScreen](h)
}

func TestPrintChooseItemsAndSeparatePassphrase(t *testing.T) {
	h := newHarness(t)
	h.usePaperRecorder()
	m := h.unlocked(sampleItems()...)
	h.g.showPrint()
	p := showing[*printScreen](h)
	p.scope.Pick(scopeChosen)
	if !p.wiz.Next.Disabled() {
		t.Fatal("Next enabled with nothing chosen")
	}
	p.picks[m.items[0].ID].SetChecked(true)
	assertMarkup(t, "print_choose.xml", h.g.win.Canvas())
	test.Tap(p.wiz.Next)
	p.passChoice.Pick(passSeparate)
	test.Type(p.pair.Entry, "short")
	test.Type(p.pair.Confirm, "short")
	test.Tap(p.wiz.Next)
	if !strings.Contains(p.passMsg.Text, "easy to guess") {
		t.Fatalf("weak backup passphrase accepted: %q", p.passMsg.Text)
	}
	assertMarkup(t, "print_passphrase.xml", h.g.win.Canvas())
	const pass = "marble pilot sunset glacier wander copper"
	p.pair.Entry.SetText(pass)
	p.pair.Confirm.SetText(pass)
	p.paper.Pick(export.Letter)
	test.Tap(p.wiz.Next)
	if p.backup == nil || p.backup.Paper != export.Letter || p.ledger.Items[0].ID != m.items[0].ID || len(p.ledger.Items) != 1 {
		t.Fatalf("backup %+v ledger %+v (%s)", p.backup, p.ledger, p.passMsg.Text)
	}
	assertMarkup(t, "print_preview.xml", h.g.win.Canvas(), p.backup.ID, "BACKUP-P")
	test.Tap(p.wiz.Next)
	h.g.win.Canvas().Overlays().Remove(h.g.win.Canvas().Overlays().Top())
	if !p.printerBox.Hidden {
		t.Fatal("printer picker shown without CUPS")
	}
	pdf := filepath.Join(t.TempDir(), "b.pdf")
	p.onSaveChosen(fileWriter(t, pdf), nil)
	assertMarkup(t, "print_save.xml", h.g.win.Canvas(), p.backup.ID, "BACKUP-P", pdf, "/tmp/b.pdf")
	if fi, err := os.Stat(pdf); err != nil || fi.Size() == 0 {
		t.Fatal("no PDF written")
	}
	// The PDF restores with the separate passphrase.
	test.Tap(p.wiz.Next)
	drop(h, pdf)
	if !p.codesRead {
		t.Fatalf("saved PDF's codes are not read: %q", p.check.status.Text)
	}
	test.Type(p.checkPass, pass)
	test.Tap(p.checkOpen)
	if !p.checked {
		t.Fatalf("saved PDF does not check with the separate passphrase: %q", p.checkMsg.Text)
	}
}

// TestPrintKeepsWhereTheSheetsAre types where the sheets will be kept before saving
// the PDF, changes the note after saving, and finds it in the ledger on disk and in
// the lost-key guide next to the printout.
func TestPrintKeepsWhereTheSheetsAre(t *testing.T) {
	h := newHarness(t)
	h.usePaperRecorder()
	m := h.unlocked(sampleItems()...)
	test.Tap(m.print)
	p := showing[*printScreen](h)
	test.Tap(p.wiz.Next)
	test.Type(p.vaultPass, testPassphrase)
	test.Tap(p.wiz.Next)
	test.Tap(p.wiz.Next)
	h.g.win.Canvas().Overlays().Remove(h.g.win.Canvas().Overlays().Top())
	if p.wiz.Current != printStepSave {
		t.Fatalf("step %d", p.wiz.Current)
	}
	test.Type(p.location, "  fire safe   at home ")
	if !p.keepLoc.Hidden {
		t.Fatal("Keep this note offered before the backup is recorded")
	}
	p.onSaveChosen(fileWriter(t, filepath.Join(t.TempDir(), "b.pdf")), nil)
	b := h.g.v.Snapshot().Backups
	if len(b) != 1 || b[0].Location != "fire safe at home" || !strings.Contains(p.saveMsg.Text, "where you keep it") {
		t.Fatalf("ledger %+v, message %q", b, p.saveMsg.Text)
	}
	if !p.keepLoc.Hidden {
		t.Fatal("Keep this note offered for the note just recorded")
	}

	// Changed after saving: kept by the button, then by moving on.
	p.location.SetText("fire safe at home, top shelf")
	if p.keepLoc.Hidden {
		t.Fatal("a changed note cannot be kept")
	}
	test.Tap(p.keepLoc)
	if got := h.g.v.Snapshot().Backups[0].Location; got != "fire safe at home, top shelf" || !strings.Contains(p.locMsg.Text, "top shelf") {
		t.Fatalf("location %q, message %q", got, p.locMsg.Text)
	}
	p.location.SetText("bank deposit box")
	test.Tap(p.wiz.Next)
	if p.wiz.Current != printStepCheck || len(h.g.v.Snapshot().Backups) != 1 || h.g.v.Snapshot().Backups[0].Location != "bank deposit box" {
		t.Fatalf("step %d, ledger %+v", p.wiz.Current, h.g.v.Snapshot().Backups)
	}
	id := p.backup.ID
	test.Tap(p.wiz.Cancel)

	test.Tap(h.selectTitle(showing[*mainScreen](h), "Bank").lost)
	s := showing[*lostScreen](h)
	line := s.recordLine(h.g.v.Snapshot().Backups[0])
	if !strings.HasPrefix(line, "Backup "+id+", made ") || !strings.HasSuffix(line, ", kept: bank deposit box") ||
		!markupHas(h, "kept: bank") {
		t.Fatalf("the lost-key guide does not say where the printout is kept: %q", line)
	}
	if b := reopen(t, h).Snapshot().Backups; len(b) != 1 || b[0].ID != id || b[0].Location != "bank deposit box" {
		t.Fatalf("ledger on disk %+v", b)
	}
}

// TestRestoreTypedLinesOfTwoBackups types the lines of two backups, no files: the
// typed step offers the choice between them, and the chosen one is restored.
func TestRestoreTypedLinesOfTwoBackups(t *testing.T) {
	h := newHarness(t)
	h.usePaperRecorder()
	h.unlocked()
	first, err := export.Create([]vault.Item{{ID: "t1", Kind: vault.KindPassword, Title: "Old forum", Secret: "pw-one"}},
		"other", "first backup pass", export.Options{WorkFactor: 10, AllowWeakWorkFactor: true})
	if err != nil {
		t.Fatal(err)
	}
	second, err := export.Create([]vault.Item{{ID: "t2", Kind: vault.KindPassword, Title: "Mail", Secret: "pw-two"}},
		"other", "second backup pass", export.Options{WorkFactor: 10, AllowWeakWorkFactor: true})
	if err != nil {
		t.Fatal(err)
	}
	h.g.showRestore()
	r := showing[*restoreScreen](h)
	r.have.Pick(haveTyped)
	test.Tap(r.wiz.Next)
	// The lines of the first backup's code 1 and of the second's code 2, as when
	// the lines of two sheets are typed.
	r.typed.entry.SetText(strings.Join(append(typedLinesOf(first, 1), typedLinesOf(second, 2)...), "\n"))
	c := r.typed.choice
	if c.box.Hidden || len(c.radio.Options) != 2 || !r.wiz.Next.Disabled() {
		t.Fatalf("choice hidden %v, options %v, Next enabled %v", c.box.Hidden, c.radio.Options, !r.wiz.Next.Disabled())
	}
	if !strings.Contains(r.typed.status.Text, "Choose the backup") {
		t.Fatalf("status %q", r.typed.status.Text)
	}
	for _, o := range c.radio.Options {
		if strings.Contains(o, second.ID) {
			c.radio.SetSelected(o)
		}
	}
	if st, ok := r.codes.selected(); !ok || st.BackupID != second.ID {
		t.Fatalf("chosen %+v", st)
	}
	if r.wiz.Next.Disabled() || !strings.Contains(r.typed.status.Text, "Backup "+second.ID) ||
		!strings.Contains(r.typed.status.Text, "This backup can be restored") {
		t.Fatalf("after the choice: Next disabled %v, status %q", r.wiz.Next.Disabled(), r.typed.status.Text)
	}
	if r.codes.choice.Selected != c.radio.Selected {
		t.Fatalf("the files step's choice %q differs from the typed step's %q", r.codes.choice.Selected, c.radio.Selected)
	}
	test.Tap(r.wiz.Next)
	if r.wiz.Current != restoreStepPassphrase || !markupHas(h, "Backup "+second.ID+" can be restored") {
		t.Fatalf("step %d", r.wiz.Current)
	}
	test.Type(r.backupPass, "second backup pass")
	test.Tap(r.wiz.Next)
	test.Tap(r.wiz.Next)
	if r.report != (vault.MergeReport{Added: 1}) {
		t.Fatalf("report %+v (%s)", r.report, r.passMsg.Text)
	}
	test.Tap(r.wiz.Next)
	v := reopen(t, h)
	if _, err := v.Snapshot().Find("Mail", false); err != nil {
		t.Fatal("the chosen backup was not restored")
	}
	if _, err := v.Snapshot().Find("Old forum", false); err == nil {
		t.Fatal("the backup not chosen was restored too")
	}
}

// TestRestoreTypedLinesReplaced replaces the typed lines of one code by those of a
// code of another backup: the new code counts though the number of codes is the same.
func TestRestoreTypedLinesReplaced(t *testing.T) {
	h := newHarness(t)
	h.g.start()
	h.g.showRestore()
	r := showing[*restoreScreen](h)
	r.have.Pick(haveTyped)
	test.Tap(r.wiz.Next)
	var ids []string
	for _, title := range []string{"Old forum", "Mail"} {
		b, err := export.Create([]vault.Item{{ID: title, Kind: vault.KindPassword, Title: title, Secret: "pw"}},
			"other", "backup pass", export.Options{WorkFactor: 10, AllowWeakWorkFactor: true})
		if err != nil {
			t.Fatal(err)
		}
		r.typed.entry.SetText(strings.Join(typedLinesOf(b, 1), "\n"))
		ids = append(ids, b.ID)
	}
	if got := r.session.Backups(); len(got) != 2 || r.typed.choice.box.Hidden {
		t.Fatalf("backups %+v, choice hidden %v", got, r.typed.choice.box.Hidden)
	}
	if st, ok := r.codes.selected(); !ok || st.BackupID != ids[0] || !strings.Contains(r.typed.choice.radio.Selected, ids[0]) {
		t.Fatalf("the backup typed first is not kept chosen: %+v", st)
	}
}
