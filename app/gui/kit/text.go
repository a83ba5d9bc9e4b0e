package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Section is a titled card inside a wizard step.
func Section(title string, objs ...fyne.CanvasObject) fyne.CanvasObject {
	return widget.NewCard("", title, container.NewVBox(objs...))
}

// Para is a wrapped paragraph of normal text.
func Para(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Message is a wrapped line for results and problems, hidden until set.
type Message struct{ *widget.Label }

// NewMessage is an empty, hidden Message.
func NewMessage() Message {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return Message{l}
}

// Set shows text; bad makes it red, good green; "" hides the line.
func (m Message) Set(text string, imp widget.Importance) {
	m.Importance = imp
	m.SetText(text)
	m.Hidden = text == ""
	m.Refresh()
}
