package gui

import (
	"errors"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault/importer"
)

// read parses the chosen files off the UI goroutine (decrypting runs scrypt or
// Argon2 for seconds; images are searched for QR codes), then calls done on it.
// locked is set when an export needs a password that was not given. What was read
// is kept only when every file was read.
func (s *importScreen) read(password string, done func(locked importer.Detection, err error)) {
	paths := append([]string(nil), s.paths...)
	var res importer.Result
	var locked importer.Detection
	var err error
	s.reading++
	gen := s.reading
	s.setWorking(true)
	s.e.bg.do(job{owner: &s.life, work: func() { res, locked, err = parseExports(paths, password) }, done: func() {
		if gen != s.reading {
			return // files were added meanwhile: a later read has them all
		}
		s.setWorking(false)
		if err == nil && !locked.Encrypted {
			s.result = res
		}
		done(locked, err)
	}})
}

// parseExports reads every file with the password and joins what they hold. An
// encrypted file without a password gives its Detection and no error.
func parseExports(paths []string, password string) (importer.Result, importer.Detection, error) {
	var results []importer.Result
	for _, p := range paths {
		r, err := importer.ParseFile(p, importer.Options{Password: password})
		if errors.Is(err, importer.ErrPasswordNeeded) {
			return importer.Result{}, r.Detection, nil
		}
		if err != nil {
			return importer.Result{}, importer.Detection{}, &importFileError{name: filepath.Base(p), err: err}
		}
		results = append(results, r)
	}
	return importer.Join(results...), importer.Detection{}, nil
}

// setWorking shows the spinner and keeps the buttons still while files are read.
func (s *importScreen) setWorking(on bool) {
	s.wiz.SetWorking(on)
	kit.SetEnabled(!on, s.choose)
	kit.Spin(s.spinner, on)
	if !on {
		s.pass.Enable()
		return
	}
	s.pass.Disable()
	if s.wiz.Current == importStepPassword {
		s.passMsg.Set("Opening the export. This can take a few seconds…", widget.MediumImportance)
		return
	}
	s.fileMsg.Set("Reading the export…", widget.MediumImportance)
}

// importFileError is why one of the chosen files cannot be imported.
type importFileError struct {
	name string
	err  error
}

func (e *importFileError) Error() string { return e.name + ": " + e.err.Error() }
func (e *importFileError) Unwrap() error { return e.err }

// importProblem puts a reading error in plain words, keeping the file name and the
// reason, which never hold secrets.
func importProblem(err error) string {
	text := sentence(err.Error())
	var fe *importFileError
	if errors.As(err, &fe) {
		text = fe.name + ": " + strings.TrimSuffix(fe.err.Error(), ".") + "."
	}
	switch {
	case errors.Is(err, importer.ErrUnknownFormat):
		return text + " Coffer reads exports of Aegis, Google Authenticator, 2FAS, andOTP, " +
			"Bitwarden, KeePassXC and 1Password, and lists of otpauth:// links."
	case errors.Is(err, importer.ErrWrongPassword):
		return "That password does not open the export (or the file was changed or cut short). " +
			"Check Caps Lock and the keyboard layout and try again. Nothing was imported."
	}
	return text
}
