// Package export turns vault items into printable paper backups and reads them back.
//
// # Format
//
// The chosen items are written as JSON ({"meta": …, "items": […]}), compressed with raw
// DEFLATE and encrypted with age to a scrypt (passphrase) recipient. The ciphertext is
// cut into equal data frames and Reed-Solomon parity frames are added: on a one-page
// backup at least a third of the codes may be lost; on more pages any one whole page and
// 2 more codes on every other page (the redundancy floor, docs/PAPER.md). Each frame is a small binary record (version, backup
// ID, index, counts, ciphertext length, shard, CRC-32) printed as a QR code whose text is
// "COFFER1:" followed by the record in Crockford base32 (0-9, A-Z without I L O U), so
// every QR reader returns the same characters. The same characters are printed again as
// numbered, checksummed lines that a person can type if no camera can read the codes.
// docs/PAPER.md describes the format byte by byte.
//
// # Threat model
//
// The paper is assumed to be found, photographed or stolen. Everything secret is inside
// the age ciphertext; the only things readable without the passphrase are the backup
// ID, the creation date, the page layout and, only if the user asks for it, the item
// titles. The passphrase is stretched with scrypt (work factor 2^18 by default, 2^15 …
// 2^20 allowed when writing), so its strength is what protects the backup. Reading
// refuses work factors above 2^20 (1 GiB per attempt) before running scrypt. Frames carry a CRC-32, which catches misreads and
// typos; it is not a security check: integrity and authenticity come from age's AEAD, so
// altered paper decrypts to an error, never to different items. The package never puts a
// passphrase or a secret in an error message and never writes plaintext to disk.
//
// Reading back, no code can sink a restorable set: an [Assembler] keeps every distinct
// frame read for a code, keeps frames of another layout apart, and rebuilds the
// ciphertext only from a set of codes that Reed-Solomon parity confirms, naming the
// codes it outvotes ([Status.BadCodes]). [Assembler.Open] then refuses a payload whose
// backup ID is not the codes' ([ErrBackupMismatch]).
//
// # Shared backups
//
// With [Options.Shares] a backup has no passphrase: it is encrypted with age to the
// X25519 recipient of a fresh random 32-byte key, and the key is split with SLIP-39
// (package vault/slip39: one group, K-of-N, extendable, empty SLIP-39 passphrase) into
// [Backup.Shares], printed one per share sheet ([Backup.WriteShareSheets]). Fewer than K
// shares say nothing about the key; K shares and the code pages open the backup
// ([DecryptShares]), shares of another backup give [ErrWrongShares]. The key is wiped
// after the split and after decryption where Go allows (the age identity string and
// the mnemonic strings cannot be wiped). The code pages and their parity are the same
// as for a passphrase backup; [IsShared] tells the two apart by the age header.
//
// The package has no cgo and no GUI dependency; callers read images into QR texts
// elsewhere (package export/scan) and hand the texts to [ParseFrame] and an [Assembler].
package export
