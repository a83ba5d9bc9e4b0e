package restore

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"sync"

	"coffer/export"
	"coffer/export/scan"
)

// ErrNoCodes means a file was read but held no Coffer codes.
var ErrNoCodes = errors.New("no Coffer codes found")

// ErrTypedLines means a text file of typed fallback lines had lines that could not be
// read; the report names the first few.
var ErrTypedLines = errors.New("typed lines could not be read")

// ErrUnknownBackup means the requested backup ID is not among the collected frames.
var ErrUnknownBackup = errors.New("no codes of that backup were found")

// Session collects frames from many inputs. It is safe for concurrent use.
type Session struct {
	mu      sync.Mutex
	asm     *export.Assembler
	reports []FileReport
	shares  []readShare // SLIP-39 shares read from share sheets or typed
}

// FileReport says what one input (a file, a PDF page, or typed text) gave.
type FileReport struct {
	Path   string `json:"path"`
	Page   int    `json:"page,omitempty"`   // PDF page, 1-based; 0 for images and text
	Codes  int    `json:"codes"`            // Coffer codes read
	New    int    `json:"new"`              // codes not seen before in this session
	Others int    `json:"others,omitempty"` // QR codes that are not Coffer codes
	// Shares counts SLIP-39 share sheets read (QR codes or typed words), NewShares
	// those not seen before.
	Shares    int `json:"shares,omitempty"`
	NewShares int `json:"new_shares,omitempty"`
	// TextPage is set when the input is a Coffer text page (list of items or typed
	// lines), known by its mark: no codes on it is then expected, not a failure.
	TextPage *export.TextMark `json:"text_page,omitempty"`
	Err      error            `json:"-"`
}

// Problem returns the report's error as text, or "" when there was none. (A report is
// not itself an error: a file that was read fine has a report too.)
func (r FileReport) Problem() string {
	if r.Err == nil {
		return ""
	}
	return r.Err.Error()
}

// NewSession returns an empty session.
func NewSession() *Session { return &Session{asm: export.NewAssembler()} }

// Reports returns what every input gave so far, in the order they were added.
func (s *Session) Reports() []FileReport {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]FileReport(nil), s.reports...)
}

// Backups returns the status of every backup seen, in the order first seen.
func (s *Session) Backups() []export.Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.asm.Backups()
}

// AddCodes records the QR texts read from one input and returns its report.
func (s *Session) AddCodes(path string, page int, codes []string) FileReport {
	r := FileReport{Path: path, Page: page}
	var frames []export.Frame
	var shareErr error
	for _, text := range codes {
		f, err := export.ParseFrame(text)
		if err == nil {
			frames = append(frames, f)
			continue
		}
		if r.takeTextMark(text) {
			continue
		}
		if ok, isNew, err := s.addShareText(text, r.place()); ok {
			r.Shares++
			if isNew {
				r.NewShares++
			}
			shareErr = cmp.Or(shareErr, err)
			continue
		}
		r.Others++
	}
	s.addFrames(&r, frames)
	if shareErr != nil {
		r.Err = shareErr
	}
	if r.Codes == 0 && r.Shares == 0 && r.TextPage == nil {
		r.Err = ErrNoCodes
		if r.Others > 0 {
			r.Err = fmt.Errorf("%w: %d QR code(s) that are not from a Coffer backup", ErrNoCodes, r.Others)
		}
	}
	return s.record(r)
}

// addFrames adds frames to the assembler, counting them and the new ones in r.
// Frames that disagree with their backup's other frames are kept by the assembler,
// judged by parity and reported, with r's place, in the backup's Status.BadCodes.
func (s *Session) addFrames(r *FileReport, frames []export.Frame) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range frames {
		r.Codes++
		isNew := !s.asm.Has(f.BackupID, f.Index)
		if s.asm.AddFrom(f, r.place()) == nil && isNew {
			r.New++
		}
	}
}

// place names where the report's codes were read: the path, and the page of a PDF.
func (r FileReport) place() string {
	if r.Page > 0 {
		return fmt.Sprintf("%s page %d", r.Path, r.Page)
	}
	return r.Path
}

// BadCodes returns the codes of a backup that were read but set aside: outvoted by
// parity or with a layout that disagrees, each with where it was read.
func (s *Session) BadCodes(backupID string) []export.BadCode {
	for _, st := range s.Backups() {
		if st.BackupID == backupID {
			return st.BadCodes
		}
	}
	return nil
}

// record appends a report to the session's list and returns it.
func (s *Session) record(r FileReport) FileReport {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reports = append(s.reports, r)
	return r
}

// AddTyped parses typed fallback lines and records their frames. Line errors name
// the line; the frames of correct codes are kept.
func (s *Session) AddTyped(name, text string) (FileReport, []export.LineError) {
	r, lineErrs := s.addTyped(name, text)
	return s.record(r), lineErrs
}

// addTyped adds the frames of typed text and returns its report, not yet recorded.
func (s *Session) addTyped(name, text string) (FileReport, []export.LineError) {
	frames, lineErrs := export.ParseTyped(text)
	r := FileReport{Path: name}
	s.addFrames(&r, frames)
	if r.Codes == 0 && len(lineErrs) == 0 {
		r.Err = ErrNoCodes
	}
	return r, lineErrs
}

// Open rebuilds and decrypts one backup from the codes parity confirms. A wrong
// passphrase returns an error wrapping export.ErrBadPassphrase; call Open again with
// another one, nothing is rescanned. Codes relabelled from another backup give
// export.ErrBackupMismatch: record nothing in the ledger then.
func (s *Session) Open(backupID, passphrase string) (*export.Payload, error) {
	s.mu.Lock()
	ct, err := s.asm.Ciphertext(backupID)
	s.mu.Unlock()
	if err != nil {
		return nil, err
	}
	return export.OpenCiphertext(ct, backupID, passphrase)
}

// AddFiles scans image, PDF and text files and records what they hold, one report
// per image, PDF page or text file; a bad file never stops the others. A folder stands
// for its readable files (scan.FolderFiles, within opts.MaxFolderFiles); anything
// else that is not a regular file (a pipe, a device) is refused without being opened.
func (s *Session) AddFiles(paths []string, opts scan.Options) []FileReport {
	return s.AddFilesContext(context.Background(), paths, opts)
}

// AddFilesContext is AddFiles, stopped when ctx is done (see
// scan.ScanFilesContext): the codes read before the cancel are recorded, the
// file being read gets no report unless it gave codes, and the files after it
// are not read, so they can be added again. opts.OnProgress follows the
// scanning of images and PDFs.
func (s *Session) AddFilesContext(ctx context.Context, paths []string, opts scan.Options) []FileReport {
	var out []FileReport
	var scanPaths []string
	for _, p := range s.expandFolders(paths, opts, &out) {
		text, ok := readTypedFile(p)
		if ok && looksLikeShareWords(text) {
			r, _ := s.AddShareWords(p, text) // r.Err names the first bad share
			out = append(out, r)
			continue
		}
		if ok {
			r, lineErrs := s.addTyped(p, text)
			if len(lineErrs) > 0 && r.Err == nil {
				r.Err = lineErrorsAsError(lineErrs)
			}
			out = append(out, s.record(r))
			continue
		}
		scanPaths = append(scanPaths, p)
	}
	for _, res := range scan.ScanFilesContext(ctx, scanPaths, opts) {
		if ctx.Err() != nil && errors.Is(res.Err, ctx.Err()) {
			if len(res.Codes) > 0 {
				out = append(out, s.AddCodes(res.Path, res.Page, res.Codes))
			}
			continue
		}
		out = append(out, s.addScanResult(res))
	}
	return out
}

// expandFolders replaces folders by their readable files; a folder that cannot be
// listed gets its report in out.
func (s *Session) expandFolders(paths []string, opts scan.Options, out *[]FileReport) []string {
	var files []string
	for _, p := range paths {
		if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
			files = append(files, p)
			continue
		}
		inside, err := scan.FolderFiles(p, opts)
		if err == nil && len(inside) == 0 {
			err = ErrNoCodes
		}
		if err != nil {
			*out = append(*out, s.record(FileReport{Path: p, Err: err}))
		}
		files = append(files, inside...)
	}
	return files
}

// addScanResult records one result of package scan, reading the frames embedded in
// our own PDF when the PDF has no page images.
func (s *Session) addScanResult(res scan.FileResult) FileReport {
	if errors.Is(res.Err, scan.ErrNoImages) {
		if codes, err := embeddedFrames(res.Path); err == nil {
			return s.AddCodes(res.Path, 0, codes)
		}
		if shares, err := embeddedShares(res.Path); err == nil {
			return s.AddCodes(res.Path, 0, shares)
		}
	}
	if res.Err != nil && len(res.Codes) == 0 {
		return s.record(FileReport{Path: res.Path, Page: res.Page, Err: res.Err})
	}
	return s.AddCodes(res.Path, res.Page, res.Codes)
}
