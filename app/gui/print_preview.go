package gui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coffer/app/gui/kit"
	"coffer/export"
)

// buildPreview creates the widgets of step 3.
func (s *printScreen) buildPreview() {
	s.pageImg = &canvas.Image{FillMode: canvas.ImageFillContain}
	s.pageImg.SetMinSize(fyne.NewSize(360, 500))
	s.pageLabel = widget.NewLabel("")
	s.prevPage = &widget.Button{Text: "Previous page", Icon: theme.NavigateBackIcon(), OnTapped: func() { s.turn(-1) }}
	s.nextPage = &widget.Button{Text: "Next page", Icon: theme.NavigateNextIcon(), IconPlacement: widget.ButtonIconTrailingText,
		OnTapped: func() { s.turn(1) }}
}

// previewStep is step 3's content: one page at a time, as it will print.
func (s *printScreen) previewStep() fyne.CanvasObject {
	b := s.backup
	spare := len(b.Frames) - b.DataFrames
	about := fmt.Sprintf("%s on %s (backup %s). %s the keys in encrypted form; %s",
		plural(s.itemCount, "item", "items"), plural(len(s.pages), "page", "pages"), b.ID,
		pluralWord(len(b.Frames), "The code holds", fmt.Sprintf("The %d codes hold", len(b.Frames))),
		anyRebuild(b.DataFrames, len(b.Frames), "the backup"))
	if spare > 0 {
		about += fmt.Sprintf(", so %s may be lost or damaged.", plural(spare, "code", "codes"))
	} else {
		about += ", so keep every page safe."
	}
	about += " " + pagesAbout(b.PageKinds(), b.TypedCodes())
	if b.Shared() {
		about += sharedAbout(b)
	}
	s.showPage()
	paper := container.NewStack(canvas.NewRectangle(theme.Color(theme.ColorNameInputBorder)), container.NewPadded(s.pageImg))
	nav := container.NewHBox(s.prevPage, kit.Spacer(), s.pageLabel, kit.Spacer(), s.nextPage)
	return container.NewVBox(kit.Para(about), nav, container.NewCenter(paper))
}

// pagesAbout says what each run of pages holds, from the layout export prints:
// "Pages 1 to 2 hold the codes; page 3 lists the items' titles, without their
// secrets; pages 4 to 5 repeat codes 1 to 8 as lines …".
func pagesAbout(kinds []export.PageKind, typed int) string {
	var parts []string
	for first := 0; first < len(kinds); {
		last := first
		for last+1 < len(kinds) && kinds[last+1] == kinds[first] {
			last++
		}
		pages, n := numberRange("page", "pages", first+1, last+1), last-first+1
		switch kinds[first] {
		case export.PageCodes:
			parts = append(parts, pages+pluralWord(n, " holds", " hold")+" the codes")
		case export.PageTitles:
			parts = append(parts, pages+pluralWord(n, " lists", " list")+" the items' titles, without their secrets")
		case export.PageTyped:
			parts = append(parts, pages+pluralWord(n, " repeats ", " repeat ")+numberRange("code", "codes", 1, typed)+
				" as lines you can type in if a code is too damaged to read")
		}
		first = last + 1
	}
	return capitalised(strings.Join(parts, "; ")) + "."
}

// turn shows the page by pages further.
func (s *printScreen) turn(by int) {
	s.nav.activity()
	s.page = min(max(s.page+by, 0), len(s.pages)-1)
	s.showPage()
}

// showPage puts the current page in the preview.
func (s *printScreen) showPage() {
	s.pageImg.Image = s.pages[s.page]
	s.pageImg.Refresh()
	s.pageLabel.SetText(s.pageName(s.page, len(s.pages)))
	kit.SetEnabled(s.page > 0, s.prevPage)
	kit.SetEnabled(s.page < len(s.pages)-1, s.nextPage)
}
