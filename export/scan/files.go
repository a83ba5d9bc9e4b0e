package scan

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"runtime/debug"
	"time"

	// Decoders for every format ScanFiles accepts.
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"

	_ "golang.org/x/image/bmp"
	_ "golang.org/x/image/tiff"
	_ "golang.org/x/image/webp"
)

// Limits that keep memory bounded whatever the input.
const (
	maxPixels      = 100_000_000 // per decoded image
	maxDecodeBytes = 320 << 20   // memory the decoder may allocate for one image
	maxFileBytes   = 512 << 20   // per input image file (decoded from the file)
	maxPDFBytes    = 100 << 20   // per PDF (read whole, and parsed by pdfcpu)
)

// FileResult is what ScanFiles found in one image file or one PDF page.
type FileResult struct {
	// Path is the file as given to ScanFiles.
	Path string
	// Page is the 1-based page for PDFs, 0 for image files.
	Page int
	// Codes are the distinct QR texts found (nil if none).
	Codes []string
	// Err explains why the file (or page) could not be read; it wraps one of
	// the package's sentinel errors and does not repeat Path.
	Err error
}

// ScanFiles decodes every file in paths: images (PNG, JPEG, GIF, BMP, TIFF,
// WebP, HEIC/HEIF) give one result each, PDFs one per page that holds images. A bad
// file gives one result with Err set; the other files are still processed.
// opts.Progress, if set, is called after each file.
func ScanFiles(paths []string, opts Options) []FileResult {
	return ScanFilesContext(context.Background(), paths, opts)
}

// ScanFilesContext is ScanFiles, stopped when ctx is done: the search on the
// image being read ends at its next step, the results of that file keep the
// codes found so far with Err wrapping ctx.Err(), and the files after it are
// not read (they have no result). opts.OnProgress, if set, follows the work.
func ScanFilesContext(ctx context.Context, paths []string, opts Options) []FileResult {
	perImage := opts
	perImage.Progress = nil
	perImage.watch = &watch{ctx: ctx, report: opts.OnProgress}
	var out []FileResult
	for i, p := range paths {
		if ctx.Err() != nil {
			break
		}
		perImage.watch.file(p, i+1, len(paths))
		res := scanFile(p, perImage)
		if err := ctx.Err(); err != nil {
			cut(res, err)
		}
		out = append(out, res...)
		perImage.watch.done()
		if opts.Progress != nil {
			opts.Progress(i+1, len(paths))
		}
	}
	return out
}

// scanFile scans one file within the size limit. Images are decoded
// straight from the file, so their bytes are never all in memory next to
// the decoded image; PDFs are read whole.
func scanFile(path string, opts Options) []FileResult {
	opts.begin = time.Now()
	f, size, err := openFile(path)
	if err != nil {
		return []FileResult{{Path: path, Err: err}}
	}
	defer f.Close()
	head := make([]byte, min(size, 1024))
	if _, err := io.ReadFull(f, head); err != nil {
		return []FileResult{{Path: path, Err: fmt.Errorf("read: %w", err)}}
	}
	switch {
	case size == 0:
		return scanBytes(path, head, opts)
	case isHEIC(head) && size > maxHEICBytes:
		return []FileResult{{Path: path, Err: fmt.Errorf("HEIC file of %d MiB, over %d MiB: %w", size>>20, maxHEICBytes>>20, ErrTooLarge)}}
	case isPDF(head) && size > maxPDFBytes:
		return []FileResult{{Path: path, Err: fmt.Errorf("PDF of %d MiB, over %d MiB: %w", size>>20, maxPDFBytes>>20, ErrTooLarge)}}
	case isHEIC(head) || isPDF(head): // read whole; an HEIC photo's header is checked before decoding
		data := head
		if size > int64(len(head)) {
			if data, err = readAll(f, size); err != nil {
				return []FileResult{{Path: path, Err: err}}
			}
		}
		return scanBytes(path, data, opts)
	}
	g, err := decodeWork(f)
	if err != nil {
		return []FileResult{{Path: path, Err: err}}
	}
	opts.watch.image(0)
	return []FileResult{{Path: path, Codes: decodeGray(g, opts)}}
}

// openFile opens path, refusing directories, anything but a regular file (checked
// before opening: opening a named pipe blocks until a writer comes) and files over
// maxFileBytes.
func openFile(path string) (*os.File, int64, error) {
	before, err := checkRegular(path)
	if err != nil {
		return nil, 0, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, fmt.Errorf("open: %w", err)
	}
	st, err := f.Stat()
	switch {
	case err != nil:
		err = fmt.Errorf("open: %w", err)
	case !os.SameFile(before, st) || !st.Mode().IsRegular():
		err = fmt.Errorf("file changed while being opened: %w", ErrNotRegular)
	case st.Size() > maxFileBytes:
		err = fmt.Errorf("file of %d MiB: %w", st.Size()>>20, ErrTooLarge)
	}
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, st.Size(), nil
}

// checkRegular stats path and refuses anything but a regular file.
func checkRegular(path string) (os.FileInfo, error) {
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, fmt.Errorf("open: %w", err)
	case st.IsDir():
		return nil, fmt.Errorf("is a directory: %w", ErrUnsupported)
	case !st.Mode().IsRegular():
		return nil, fmt.Errorf("%s: %w", st.Mode().Type(), ErrNotRegular)
	}
	return st, nil
}

// readAll reads the whole of f (of size bytes when opened; at most
// maxFileBytes are read, in case it grew since).
func readAll(f *os.File, size int64) ([]byte, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	var b bytes.Buffer
	b.Grow(int(size) + bytes.MinRead)
	if _, err := b.ReadFrom(io.LimitReader(f, maxFileBytes+1)); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	data := b.Bytes()
	if len(data) > maxFileBytes {
		return nil, fmt.Errorf("file of %d MiB: %w", len(data)>>20, ErrTooLarge)
	}
	return data, nil
}

// scanBytes decodes the contents of one file named path.
func scanBytes(path string, data []byte, opts Options) []FileResult {
	switch {
	case len(data) == 0:
		return []FileResult{{Path: path, Err: ErrEmpty}}
	case isHEIC(data):
		g, err := decodeHEIC(data)
		if err != nil {
			return []FileResult{{Path: path, Err: err}}
		}
		opts.watch.image(0)
		return []FileResult{{Path: path, Codes: decodeGray(g, opts)}}
	case isPDF(data):
		return scanPDF(path, data, opts)
	}
	g, err := decodeWork(bytes.NewReader(data))
	if err != nil {
		return []FileResult{{Path: path, Err: err}}
	}
	opts.watch.image(0)
	return []FileResult{{Path: path, Codes: decodeGray(g, opts)}}
}

// isHEIC recognises HEIF containers (iPhone photos) by their ftyp brand.
func isHEIC(data []byte) bool {
	if len(data) < 12 || string(data[4:8]) != "ftyp" {
		return false
	}
	switch string(data[8:12]) {
	case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1":
		return true
	}
	return false
}

// isPDF looks for the PDF header near the start, where readers accept it.
func isPDF(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-"))
}

// freeAfterPixels is the size of decoded image after which decodeWork has
// the garbage collector reclaim it at once and return its memory to the
// OS, rather than leave it to the next collection, which the pacer would
// put off until the heap doubles again (letting the next photo's image, or
// the ladder's work, pile on top of it). A forced collection costs a few
// milliseconds when only the work image is live; decoding that many pixels
// takes hundreds.
const freeAfterPixels = 20_000_000

// decodeWork decodes an image and returns its grey work image (see
// workGray). The decoded image, the only full-size copy, is garbage when it
// returns; a big one is reclaimed before it returns.
func decodeWork(r io.ReadSeeker) (*image.Gray, error) {
	// The image lives only in this closure's frame, gone once it returns.
	g, pixels, err := func() (*image.Gray, int, error) {
		img, err := decodeImage(r)
		if err != nil {
			return nil, 0, err
		}
		return workGray(img), img.Bounds().Dx() * img.Bounds().Dy(), nil
	}()
	if pixels > freeAfterPixels {
		debug.FreeOSMemory()
	}
	return g, err
}

// decodeImage decodes an image after checking its dimensions, so that a
// small file claiming huge dimensions is refused before any allocation.
func decodeImage(r io.ReadSeeker) (img image.Image, err error) {
	defer func() {
		if r := recover(); r != nil {
			img, err = nil, fmt.Errorf("decoder crashed (%v): %w", r, ErrCorrupt)
		}
	}()
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	cfg, format, err := image.DecodeConfig(bufio.NewReader(r))
	if errors.Is(err, image.ErrFormat) {
		return nil, ErrUnsupported
	}
	if err != nil {
		return nil, fmt.Errorf("read image header: %w: %w", ErrCorrupt, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, fmt.Errorf("%s of %dx%d pixels: %w", format, cfg.Width, cfg.Height, ErrCorrupt)
	}
	if int64(cfg.Width)*int64(cfg.Height) > maxPixels {
		return nil, fmt.Errorf("%s of %dx%d pixels: %w", format, cfg.Width, cfg.Height, ErrTooLarge)
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if err := checkDecodeBytes(r, cfg, format); err != nil {
		return nil, err
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	img, _, err = image.Decode(bufio.NewReaderSize(r, 64<<10))
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w: %w", format, ErrCorrupt, err)
	}
	return img, nil
}
