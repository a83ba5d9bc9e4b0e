package gui

import (
	_ "embed" // the app icon

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
)

// iconPNG is Coffer's icon, 256×256 PNG (Icon.png at the repository root is 512×512).
//
//go:embed coffer.png
var iconPNG []byte

// appIcon is Coffer's icon as a resource.
var appIcon = fyne.NewStaticResource("coffer.png", iconPNG)

// appLogo is the icon at size×size, centred.
func appLogo(size float32) fyne.CanvasObject {
	img := canvas.NewImageFromResource(appIcon)
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(size, size))
	return container.New(layout.NewCenterLayout(), img)
}
