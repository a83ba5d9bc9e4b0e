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
// decoding, HEIC and encrypted-PDF detection, image extraction from scanner
// PDFs, and one clear error per bad file. Memory stays near the size of one
// decoded image: images are decoded from the file, converted to grey while
// being shrunk to the work size, and the decoded image is freed before the
// search starts. Everything is pure Go.
package scan
