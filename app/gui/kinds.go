package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// kindIcons is the app's own part of the kind table: the icon of each kind.
// Everything else about a kind (its name, the secret's label and placeholder,
// whether the secret spans lines, whether it has an account) is vault's
// Kind.Info. Fyne's theme icons are looked up when drawn, not when the package
// loads: at load time no app runs yet (the command line never starts one), and
// Fyne logs an error for each lookup.
var kindIcons = map[vault.Kind]func() fyne.Resource{
	vault.KindSeed:          func() fyne.Resource { return kit.IconSeed },
	vault.KindSLIP39:        theme.GridIcon,
	vault.KindPrivateKey:    func() fyne.Resource { return kit.IconKey },
	vault.KindPassword:      theme.AccountIcon,
	vault.KindRecoveryCodes: theme.ListIcon,
	vault.KindTOTP:          func() fyne.Resource { return kit.IconClock },
	vault.KindNote:          theme.DocumentIcon,
}

// kindByLabel is the kind a select shows as label (vault's Kind.Label).
func kindByLabel(label string) (vault.Kind, bool) {
	for _, k := range vault.Kinds {
		if k.Label() == label {
			return k, true
		}
	}
	return "", false
}

// kindIcon is the icon shown next to items of a kind; an unknown kind (from a
// newer Coffer) gets the note's.
func kindIcon(k vault.Kind) fyne.Resource {
	if icon, ok := kindIcons[k]; ok {
		return icon()
	}
	return kindIcons[vault.KindNote]()
}
