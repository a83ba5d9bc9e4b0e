// Package vault is Coffer's item model and its encrypted vault file.
//
// # File format
//
// A vault is one file (docs/FORMAT.md has it byte by byte, with a test vector):
// a six-line text header
//
//	coffer-vault 1
//	id <vault ID: 32 lowercase hex digits>
//	work-factor <scrypt log2(N)>
//	identity <length of section 1>
//	payload <length of section 2>
//	sha256 <SHA-256 of the file without this line>
//
// followed by two binary age (age-encryption.org/v1) files. Section 1 is the
// vault's X25519 key ("AGE-SECRET-KEY-1...") encrypted with the passphrase
// (scrypt). Section 2 is the JSON of Data encrypted to that key. Unlocking costs
// one scrypt; saving costs none; the stock age tool can decrypt both sections
// (scripts/decrypt-with-age.sh). The checksum only tells damage apart from a
// wrong passphrase; age authenticates both sections.
//
// # Threat model
//
// Protected: a stolen or synced copy of the vault file (laptop theft, cloud
// storage, backups). Without the passphrase, or the key from the system
// keyring, an attacker learns only the header: the vault ID, the work factor and
// the approximate size of the document. Each guess at the passphrase costs one
// scrypt at the file's work factor (2^18, 256 MiB, by default; Coffer writes
// 16..20 and reads at most 20, so a hostile file costs at most 1 GiB per try).
//
// Also handled: crashes and power loss while saving (a temporary file is synced
// and renamed over the vault; the previous version stays as <path>.bak, except
// after a save that forgot secrets or changed the key, see below), two
// Coffer processes writing at once (an exclusive lock on <path>.lock), another
// program changing the file behind our back (Save compares a hash and refuses),
// and damaged or hostile files (sizes are bounded, parsing never panics, and a
// file is never written over because it failed to open).
//
// Not protected: malware running as the user while the vault is open (it can read
// process memory, the keyring entry, or log keystrokes); a weak passphrase; and
// secrets left in memory: Go strings cannot be wiped, so Close only drops
// references and zeroes the byte slices it owns. Quick unlock stores the vault
// key in the system keyring, so anyone who can read the user's unlocked keyring
// can open the vault; the reminder (ErrReminderDue) makes the user type the
// passphrase every 14 days so that it is not forgotten. The keyring is asked
// only about a vault remembered on this device (a marker file in the user's
// config folder, see Options.MarkerDir) and, on D-Bus systems, only when a
// session bus address is set, so that no bus or keyring daemon is autolaunched.
//
// # Paper backup ledger
//
// The document records every paper backup (BackupRecord) and how far it was read
// back: printed, codes read (every code scanned, not decrypted) or checked
// (decrypted, items matching the record). Only checked backups make an item "up
// to date on paper" (PaperStatus).
//
// # Changing the document
//
// Update runs a change on a copy and keeps it only if the change and the save
// both succeed; Snapshot gives a copy to read. WriteNewFile is the one way
// Coffer creates files (vaults, backup PDFs and images): complete or absent,
// never over an existing file.
//
// # Deleted means gone, old passphrases stop working
//
// Trash items older than TrashRetention are purged on open and on every save;
// DeleteForever, EmptyTrash and ClearHistory drop secrets at once. A save that
// drops anything the file on disk held, and ChangePassphrase (which also gives
// the vault a new key), make <path>.bak a copy of the new file, so neither file
// keeps the dropped secrets or opens with the old passphrase. Copies elsewhere
// (sync history, disk backups, paper printed earlier, freed disk blocks) are out
// of Coffer's reach and stay readable with the passphrase they were saved under.
package vault
