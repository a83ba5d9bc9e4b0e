package export

import "errors"

// Sentinel errors; check them with errors.Is, the returned errors wrap them with context.
var (
	// ErrBadPassphrase means the passphrase does not open the backup. The caller may
	// retry [Decrypt] with another passphrase on the same ciphertext.
	ErrBadPassphrase = errors.New("wrong backup passphrase")
	// ErrWrongShares means the shares combine to a key that does not open this backup
	// (shares of another shared backup).
	ErrWrongShares = errors.New("these shares are not the key of this backup")
	// ErrNotShared means shares were given for a backup made with a passphrase, or a
	// passphrase for a shared backup.
	ErrNotShared = errors.New("this backup is not opened that way")
	// ErrCorrupt means a frame, a line or the decrypted payload is damaged or not ours.
	ErrCorrupt = errors.New("damaged or unrecognised backup data")
	// ErrIncomplete means too few frames were found to rebuild the ciphertext.
	ErrIncomplete = errors.New("not enough codes to rebuild the backup")
	// ErrInconsistent means the codes read disagree with each other and too few agree
	// to rebuild the backup (errors wrapping it also wrap ErrCorrupt).
	ErrInconsistent = errors.New("codes of the backup disagree")
	// ErrBackupMismatch means the decrypted payload belongs to another backup than the
	// codes say (codes relabelled or mixed up): nothing should be recorded for it.
	ErrBackupMismatch = errors.New("the codes' backup ID does not match the backup inside them")
	// ErrNewerFormat means the data was written by a newer version of Coffer.
	ErrNewerFormat = errors.New("backup written by a newer Coffer; update Coffer to read it")
	// ErrWorkFactor means a scrypt work factor outside the range backups are written with.
	ErrWorkFactor = errors.New("scrypt work factor out of range")
	// ErrTooLarge means the items do not fit on a paper backup.
	ErrTooLarge = errors.New("too much data for a paper backup")
)
