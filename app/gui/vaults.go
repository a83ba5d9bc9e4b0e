package gui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// vaultExt is the file extension of Coffer vaults.
const vaultExt = ".coffer"

// chooseVault lets the user pick another existing vault file, then asks to unlock it.
func (g *gui) chooseVault() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			g.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		if err := r.Close(); err != nil {
			fyne.LogError("closing the chosen file", err)
		}
		g.switchVault(path)
	}, g.win)
	d.Show()
}

// chooseNewVault asks for a folder and a name, then shows the create screen for it.
func (g *gui) chooseNewVault() {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			g.showError(err)
			return
		}
		if dir != nil {
			g.askVaultName(dir.Path())
		}
	}, g.win)
	d.Show()
}

// askVaultName asks what to call a new vault in dir.
func (g *gui) askVaultName(dir string) {
	name := widget.NewEntry()
	name.SetText("vault")
	items := []*widget.FormItem{widget.NewFormItem("Name", name)}
	dialog.ShowForm("New vault in "+dir, "Continue", "Cancel", items, func(ok bool) {
		n := strings.TrimSpace(name.Text)
		if !ok || n == "" {
			return
		}
		if !strings.HasSuffix(n, vaultExt) {
			n += vaultExt
		}
		g.lock()
		g.path = filepath.Join(dir, n)
		g.showCreate()
	}, g.win)
}

// switchVault locks the open vault and shows the unlock screen of another one.
func (g *gui) switchVault(path string) {
	g.lock()
	g.path = path
	g.prefs.setLastVault(path)
	g.start()
}
