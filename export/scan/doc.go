// Package scan turns pixels back into QR texts: it reads photos, scans and
// scanner PDFs of Coffer's paper backups and returns the texts of all QR codes
// it can find.
//
// One call to a QR library is not enough for phone photos of curled, blurred,
// unevenly lit or rotated pages, so [DecodeImage] runs a ladder of attempts
// (codes located by their finder patterns on the whole page, which copes
// with any rotation and with perspective; then the whole page at several
// scales and binarizers, then candidate code regions
// cropped, deskewed, sharpened, smoothed, thresholded and rescaled, then overlapping
// tiles) until the expected number of codes is found or the time budget ends.
//
// [ScanFiles] adds the file side: format sniffing, size limits checked before
// decoding, HEIC/HEIF photos (decoded in WebAssembly, no cgo), encrypted-PDF
// detection, image extraction from scanner PDFs, and one clear error per bad
// file. Memory stays near the size of one
// decoded image: images are decoded from the file, converted to grey while
// being shrunk to the work size, and the decoded image is freed before the
// search starts. Everything is pure Go. [Supported] and [Extensions] say which
// files a restore reads; [FolderFiles] lists them.
//
// # Threat model
//
// Every input is untrusted: a file found on a shared drive, a download, a folder
// chosen by mistake. Whatever it holds, reading it stays within bounded memory
// (under 512 MiB peak) and time, gives one short error, never panics and writes
// nothing:
//   - only regular files are opened, after a stat (a named pipe would block forever,
//     a device never end): [ErrNotRegular];
//   - image files over 512 MiB, PDFs and HEIC photos over 100 MiB (read whole), images over 100
//     megapixels, and images whose decoder would allocate over 320 MiB, judged from
//     the header before decoding (16-bit RGBA is 8 bytes a pixel, a progressive JPEG
//     keeps 4 more bytes a sample): [ErrTooLarge];
//   - PDFs: pdfcpu's limits lowered (128 MiB decoded per stream and per image, 64 MiB
//     encoded), and, because pdfcpu decodes page contents whole with its own 512 MiB
//     limit, every non-image stream is first decoded one at a time and dropped, within
//     32 MiB each and 128 MiB per file: [ErrTooLarge];
//   - at most [Options.MaxPDFPages] pages of a PDF ([ErrTooManyPages] for the rest) and
//     [Options.MaxFolderFiles] files of a folder ([ErrTooManyFiles]); the caller may go
//     on with a higher limit;
//   - each image's search for codes ends after [Options.Budget].
//
// QR texts are returned as read; package export checks them (CRC-32, parity, and
// finally age's authentication).
package scan
