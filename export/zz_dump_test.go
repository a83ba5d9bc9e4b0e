package export

import (
	"bytes"
	"image/png"
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	for _, p := range []Paper{A4, Letter} {
		o := testOpts(p)
		o.ListTitles, o.HintLine = true, true
		b, err := Create(sampleItems(100), "v", testPass, o)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := b.WritePDF(&buf); err != nil {
			t.Fatal(err)
		}
		os.WriteFile("/tmp/view/"+string(p)+".pdf", buf.Bytes(), 0o644)
		imgs, _ := b.PageImages(100)
		var pb bytes.Buffer
		png.Encode(&pb, imgs[0])
		os.WriteFile("/tmp/view/"+string(p)+"-img1.png", pb.Bytes(), 0o644)
		pb.Reset()
		png.Encode(&pb, imgs[len(imgs)-1])
		os.WriteFile("/tmp/view/"+string(p)+"-imglast.png", pb.Bytes(), 0o644)
	}
}
