package gui

import (
	_ "embed" // the app icon

	"fyne.io/fyne/v2"
)

// iconPNG is Coffer's icon, 256×256 PNG (Icon.png at the repository root is 512×512).
//
//go:embed coffer.png
var iconPNG []byte

// appIcon is Coffer's icon as a resource.
var appIcon = fyne.NewStaticResource("coffer.png", iconPNG)
