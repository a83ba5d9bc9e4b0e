package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// SVGIcon makes a 24×24 single-colour SVG that follows the theme's foreground colour.
func SVGIcon(name, paths string) fyne.Resource {
	svg := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">` + paths + `</svg>`
	return theme.NewThemedResource(fyne.NewStaticResource(name+".svg", []byte(svg)))
}

// Icons drawn for Coffer where Fyne's theme has none.
var (
	IconKey   = SVGIcon("key", `<path fill-rule="evenodd" fill="#000" d="M7 7a5 5 0 1 0 4.58 7H14v2h2v-2h2v2h2v-6h-8.42A5 5 0 0 0 7 7zm0 3a2 2 0 1 0 0 4a2 2 0 1 0 0-4z"/>`)
	IconSeed  = SVGIcon("seed", `<path fill="#000" d="M12.8 22h-1.6v-6.6C6.4 15.2 3.5 12.2 3.5 7c4.6 0 7.6 2.4 8.4 6.1C12.6 8.8 15.6 6 20.5 6c0 5.2-2.9 8.6-7.7 8.8z"/>`)
	IconClock = SVGIcon("clock", `<path fill-rule="evenodd" fill="#000" d="M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zm0 2a7 7 0 1 1 0 14a7 7 0 1 1 0-14z"/><path fill="#000" d="M11 7h2v5.4l3.2 1.9-1 1.7-4.2-2.5z"/>`)
	IconLock  = SVGIcon("lock", `<path fill-rule="evenodd" fill="#000" d="M6 10V8a6 6 0 0 1 12 0v2h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1h1zm2 0h8V8a4 4 0 0 0-8 0v2z"/>`)
)
