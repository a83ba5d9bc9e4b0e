// Package restore gathers a paper backup back from whatever the user has: photos and
// scans (decoded by package scan), scanner PDFs, the original PDF file, and typed
// fallback lines. It keeps each backup ID apart, reports what is found and missing,
// and decrypts a complete backup with its passphrase. Both the command line and the
// desktop app use it, so they say the same things.
//
// A shared backup (export.Options.Shares) opens with SLIP-39 share sheets instead of a
// passphrase: the QR code of a share sheet (from a photo, scan or PDF) or its typed
// words are recognised among the inputs, checked word by word ([Session.AddShareWords]
// names a wrong word), grouped by set ([Session.ShareSets]: "shares: 2 of 3 needed"),
// and only one set is ever combined ([Session.OpenShared]); duplicates count once and
// conflicting or foreign shares are named. Mnemonics are held as strings for the
// session's life (Go cannot wipe them).
//
// Inputs are files, folders (standing for their readable files) and typed text; each
// code is recorded with where it was read, so a code that parity outvotes is named with
// its file ([Session.BadCodes]).
//
// Threat model: the inputs are untrusted files. Every file gets its own error and never
// stops the others, within the memory and time bounds of package scan; typed text is
// bounded too (4 MiB, the first errors reported one by one, then a count). Frames are
// checked (CRC-32 per frame, per-line checks for typed text) before they reach the
// assembler, which keeps every distinct reading and takes the ciphertext only from codes
// that Reed-Solomon parity confirms, so a stray, misread or forged code cannot sink a set
// that has enough good codes. Decryption authenticates the whole payload (age), and the
// payload's backup ID must match the codes' ([export.ErrBackupMismatch]), so a forged or
// relabelled code can cost a restore but never change a secret or mark the wrong backup
// as checked.
package restore
