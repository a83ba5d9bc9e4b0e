package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"coffer/app/gui/kit"
	"coffer/vault"
)

// kindUI is how the app shows and edits items of one kind. The kind's name is
// vault's Kind.Label; what a valid secret is, vault.Validate. (When vault has
// Kind.Info, this table keeps only what is the app's own: icons and entry shapes.)
type kindUI struct {
	icon        fyne.Resource
	secretLabel string // the secret's name in the item view and the form
	placeholder string // what the secret looks like, in its empty entry
	hidden      bool   // typed in a password entry (one line, dots)
	account     bool   // the form asks for username and website
}

// kinds is the one table of item kinds the screens use.
var kinds = map[vault.Kind]kindUI{
	vault.KindSeed:          {icon: kit.IconSeed, secretLabel: "Seed phrase", placeholder: "the 12 or 24 words, in order"},
	vault.KindPrivateKey:    {icon: kit.IconKey, secretLabel: "Private key", placeholder: "the key, e.g. hex, WIF or a PEM block"},
	vault.KindPassword:      {icon: theme.AccountIcon(), secretLabel: "Password", placeholder: "password", hidden: true, account: true},
	vault.KindRecoveryCodes: {icon: theme.ListIcon(), secretLabel: "Recovery codes", placeholder: "one code per line", account: true},
	vault.KindTOTP:          {icon: kit.IconClock, secretLabel: "TOTP secret", placeholder: "base32 secret or otpauth:// link", hidden: true, account: true},
	vault.KindNote:          {icon: theme.DocumentIcon(), secretLabel: "Note", placeholder: "anything you need to keep safe"},
}

// kindInfo is the row of k; an unknown kind (from a newer Coffer) shows as a note.
func kindInfo(k vault.Kind) kindUI {
	if ui, ok := kinds[k]; ok {
		return ui
	}
	return kinds[vault.KindNote]
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

// kindIcon is the icon shown next to items of a kind.
func kindIcon(k vault.Kind) fyne.Resource { return kindInfo(k).icon }
