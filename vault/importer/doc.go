// Package importer reads the exports of other authenticator apps and password
// managers and turns them into Coffer items, for a wizard or the command line:
// [Detect] names the format and says whether a password is needed, [Parse]
// decrypts and reads it into [Entry] values (each an item to import, or a
// reason it cannot be imported), and [Preview] marks each entry new,
// duplicate or conflict against the vault's items before [Apply] adds them.
//
// Formats: Aegis JSON (plain, and encrypted with scrypt + AES-GCM key slots),
// Google Authenticator otpauth-migration:// URIs (as text or QR images), 2FAS
// (plain, and PBKDF2-SHA256 + AES-GCM), andOTP (plain, PBKDF2-SHA1 + AES-GCM,
// and the old SHA-256 key), otpauth:// URI lists, Bitwarden JSON (plain, and
// password-protected with PBKDF2 or Argon2id + AES-CBC/HMAC), KeePassXC CSV
// (10 and 6 columns), 1Password 1PUX and 1Password 8 CSV.
//
// Threat model: an export is untrusted input. Every parser is bounded
// (input size, unzipped size, image pixels, KDF cost) and returns an error
// instead of panicking; a wrong password and a tampered file are both
// reported as [ErrWrongPassword] because authenticated encryption cannot
// tell them apart. Decrypted exports stay in memory only; errors and skip
// reasons never contain secrets. Codes Coffer cannot compute (HOTP counters,
// Steam Guard) are skipped with a reason rather than imported as TOTP that
// would show wrong codes.
package importer
