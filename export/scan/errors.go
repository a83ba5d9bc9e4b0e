package scan

import "errors"

// Sentinel errors returned (wrapped) in [FileResult.Err]; test with errors.Is.
var (
	// ErrUnsupported means the file is not an image or PDF format scan can read.
	ErrUnsupported = errors.New("unsupported file format (use PNG, JPEG, HEIC, GIF, BMP, TIFF, WebP or PDF)")
	// ErrEmpty means the file has no bytes.
	ErrEmpty = errors.New("file is empty")
	// ErrTooLarge means the image or file exceeds the size limits (decompression bomb guard).
	ErrTooLarge = errors.New("too large to read safely")
	// ErrCorrupt means the file looks like a supported format but cannot be decoded
	// (truncated download, damaged file).
	ErrCorrupt = errors.New("file is damaged or truncated")
	// ErrNotRegular means the path is not a regular file (a named pipe, a device, a
	// socket): reading it could block forever or never end, so it is refused unopened.
	ErrNotRegular = errors.New("not a regular file (a pipe or device?)")
	// ErrTooManyPages means a PDF has more pages than Options.MaxPDFPages; the first
	// pages were read, the rest were not (raise the limit to read them).
	ErrTooManyPages = errors.New("too many pages in one PDF")
	// ErrTooManyFiles means a folder holds more readable files than
	// Options.MaxFolderFiles; none were read (raise the limit, or choose fewer files).
	ErrTooManyFiles = errors.New("too many files in one folder")
	// ErrEncryptedPDF means the PDF is password protected.
	ErrEncryptedPDF = errors.New("PDF is encrypted: save an unprotected copy of the scan")
	// ErrNoImages means the PDF contains no embedded images: it is a vector PDF
	// such as Coffer's own printable sheet, not a scan.
	ErrNoImages = errors.New("this PDF has no scanned images; print it and scan or " +
		"photograph it, or restore from the original file")
)
