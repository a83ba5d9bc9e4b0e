package gui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/vault/importer"
)

// filesStep is step 1's content.
func (s *importScreen) filesStep() fyne.CanvasObject {
	return container.NewVBox(
		kit.Para("Choose the export file of the app your keys are in now: Aegis, Google Authenticator, 2FAS, andOTP, "+
			"Bitwarden, KeePassXC, 1Password, or a list of otpauth:// links. For Google Authenticator's "+
			"\"Transfer accounts\", add a screenshot or photo of each QR code."),
		container.NewHBox(s.choose), s.pathBox().box,
		kit.Hint("You can also drag the file, or several screenshots, from your file manager onto this window."),
		s.fileList, s.spinner, s.fileMsg.Label)
}

// filesShown enables Next once an export was read.
func (s *importScreen) filesShown() { s.wiz.SetNext(s.readable()) }

// readable reports whether Next can go on: to the password, or to the preview.
func (s *importScreen) readable() bool { return s.locked.Encrypted || s.result.Importable() > 0 }

// pathBox is the typed-path entry beside Choose a file, made once.
func (s *importScreen) pathBox() *pathBox {
	if s.path == nil {
		s.path = newPathBox(s.e, s.nav, importFiles, func(path string) { s.add([]string{path}) })
	}
	return s.path
}

// onChoose asks for one file.
func (s *importScreen) onChoose() {
	chooseFile(s.e, s.nav, importFiles, func(path string) { s.add([]string{path}) })
}

// dropped takes files dropped on the window, on the first step.
func (s *importScreen) dropped(paths []string) {
	if s.wiz.Current != importStepFiles {
		return
	}
	s.add(paths)
}

// add reads the files with those added before: several screenshots of one
// Google Authenticator transfer make one import. An export that is not an image
// starts the list again.
func (s *importScreen) add(paths []string) {
	if !allImages(s.paths) || !allImages(paths) {
		s.paths = nil
	}
	s.paths = appendNew(s.paths, paths)
	s.forget()
	s.locked = importer.Detection{}
	s.showFiles()
	s.read("", s.filesRead)
}

// showFiles lists the chosen files by name.
func (s *importScreen) showFiles() {
	names := make([]string, len(s.paths))
	for i, p := range s.paths {
		names[i] = filepath.Base(p)
	}
	s.fileList.SetText(strings.Join(names, "\n"))
	s.fileList.Hidden = len(names) == 0
	s.fileList.Refresh()
}

// filesRead says what the files are, or why they cannot be imported.
func (s *importScreen) filesRead(locked importer.Detection, err error) {
	switch {
	case locked.Encrypted:
		s.locked = locked
		s.fileMsg.Set(locked.String()+": it is protected by a password, which the next step asks for.", widget.MediumImportance)
	case err != nil:
		s.fileMsg.Set(importProblem(err), widget.DangerImportance)
	default:
		s.fileMsg.Set(s.describe(), widget.MediumImportance)
	}
	s.filesShown()
}

// describe says what was read, with the warnings of the export.
func (s *importScreen) describe() string {
	text := s.result.Describe() + "."
	for _, w := range s.result.Warnings {
		text += "\n" + sentence(w)
	}
	if s.result.Importable() == 0 {
		text += "\nNothing in it can be imported."
	}
	return text
}

// onFilesNext goes to the password, or to the preview of what was read.
func (s *importScreen) onFilesNext() {
	if s.locked.Encrypted {
		s.wiz.Show(importStepPassword)
		return
	}
	s.wiz.Show(importStepPreview)
}

// allImages reports whether every path is an image (screenshots of QR codes).
func allImages(paths []string) bool {
	for _, p := range paths {
		switch strings.ToLower(filepath.Ext(p)) {
		case ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic":
		default:
			return false
		}
	}
	return true
}

// appendNew adds the paths not in list yet.
func appendNew(list, paths []string) []string {
	for _, p := range paths {
		seen := false
		for _, q := range list {
			seen = seen || q == p
		}
		if !seen {
			list = append(list, p)
		}
	}
	return list
}
