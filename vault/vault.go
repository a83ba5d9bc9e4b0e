package vault

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"filippo.io/age"
	"github.com/gofrs/flock"
)

// Options tune how a vault is created and opened. The zero value is right for
// the application; tests lower WorkFactor and inject Now and Keyring.
type Options struct {
	// WorkFactor is the scrypt log2(N) for passphrase wraps made by Create;
	// 0 means DefaultWorkFactor. Allowed: MinWorkFactor..MaxWorkFactor (16..20).
	WorkFactor int
	// AllowWeakWorkFactor lets Create and ChangePassphrase write work factors
	// down to 10. Tests only: a vault written so is cheap to guess.
	AllowWeakWorkFactor bool
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Keyring stores remembered keys; nil means OSKeyring{}.
	Keyring Keyring
	// ReminderAfter is how long after the last passphrase unlock OpenRemembered
	// still works; 0 means DefaultReminderAfter (14 days).
	ReminderAfter time.Duration
	// ReadOnly opens without taking the write lock; Save then returns ErrReadOnly.
	ReadOnly bool
	// MarkerDir is the folder of the device markers that say which vaults are
	// remembered in this computer's keyring; "" means DefaultMarkerDir. Tests
	// that remember vaults set it to a temporary folder.
	MarkerDir string
}

// resolve fills in the defaults. The work factor is checked only where one is
// written (Create, ChangePassphrase): opening reads the file's own.
func (o Options) resolve() Options {
	if o.WorkFactor == 0 {
		o.WorkFactor = DefaultWorkFactor
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Keyring == nil {
		o.Keyring = OSKeyring{}
	}
	if o.ReminderAfter <= 0 {
		o.ReminderAfter = DefaultReminderAfter
	}
	return o
}

// Vault is an open vault file: the decrypted document, the key that encrypts it,
// and (unless read-only) the lock that keeps other Coffer processes out.
// Its methods are safe for concurrent use; the *Data from Data is not.
type Vault struct {
	mu             sync.Mutex
	path           string // as given by the caller
	file           string // path with symlinks resolved: the file read, locked and replaced
	opts           Options
	id             string              // vault ID, from the header
	identity       *age.X25519Identity // the vault key; the payload is encrypted to it
	wrapped        []byte              // section 1: identity encrypted with the passphrase
	workFactor     int                 // scrypt work factor of wrapped
	data           *Data
	onDisk         kept   // what of the document the file on disk holds
	disk           []byte // the file's bytes as last read or written (ciphertext)
	lock           *flock.Flock
	lastPassphrase time.Time // when the passphrase was last typed, for the reminder
	closed         bool
}

// DefaultPath returns where the application keeps its vault:
// <user config dir>/coffer/vault.coffer.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find vault folder: %w", err)
	}
	return filepath.Join(dir, "coffer", "vault.coffer"), nil
}

// Create makes a new empty vault at path, protected by passphrase, and returns
// it open and locked. It creates the parent folder (0700) if needed and returns
// ErrExists if path exists; it never replaces a file.
func Create(path, passphrase string, opts Options) (*Vault, error) {
	v, err := create(path, passphrase, opts)
	if err != nil {
		return nil, fmt.Errorf("create vault: %w", err)
	}
	return v, nil
}

func create(path, passphrase string, opts Options) (*Vault, error) {
	opts, err := checkArgs(passphrase, opts)
	if err != nil {
		return nil, err
	}
	if opts.ReadOnly {
		return nil, ErrReadOnly
	}
	if err := CheckWorkFactor(opts.WorkFactor, opts.AllowWeakWorkFactor); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	if err := checkAbsent(path); err != nil {
		if errors.Is(err, ErrExists) {
			return nil, fmt.Errorf("%s: %w", path, ErrExists)
		}
		return nil, err
	}
	v := &Vault{path: path, file: path, opts: opts, workFactor: opts.WorkFactor}
	if v.lock, err = acquireLock(path); err != nil {
		return nil, err
	}
	if err := v.initNew(passphrase); err != nil {
		v.release()
		return nil, err
	}
	return v, nil
}

// initNew gives v a new key and an empty document and writes the file.
func (v *Vault) initNew(passphrase string) error {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return err
	}
	v.identity, v.data = id, NewData(v.Now())
	v.id, v.lastPassphrase = v.data.VaultID, v.Now()
	if v.wrapped, err = sealIdentity(id, passphrase, v.workFactor); err != nil {
		return err
	}
	b, err := v.encode()
	if err != nil {
		return err
	}
	if err := WriteNewFile(v.file, 0o600, writeBytes(b)); err != nil {
		return err
	}
	v.disk = b
	return nil
}

func checkArgs(passphrase string, opts Options) (Options, error) {
	if passphrase == "" {
		return opts, ErrEmptyPassphrase
	}
	return opts.resolve(), nil
}

// Open unlocks the vault at path with its passphrase: one scrypt. It returns
// errors wrapping ErrBadPassphrase, ErrCorrupt, ErrNewerVersion, ErrLocked or
// fs.ErrNotExist. If the vault is remembered, the reminder clock restarts.
func Open(path, passphrase string, opts Options) (*Vault, error) {
	opts, err := checkArgs(passphrase, opts)
	if err != nil {
		return nil, fmt.Errorf("open vault: %w", err)
	}
	v, f, err := load(path, opts)
	if err != nil {
		return nil, fmt.Errorf("open vault: %w", err)
	}
	if err := v.unlockPassphrase(f, passphrase); err != nil {
		v.release()
		return nil, fmt.Errorf("open vault: %w", err)
	}
	v.purgeOnOpen()
	v.refreshRemembered(false)
	return v, nil
}

func (v *Vault) unlockPassphrase(f *vaultFile, passphrase string) error {
	if err := checkReadWorkFactor(f.WorkFactor); err != nil {
		return err
	}
	id, err := openIdentity(f.identity, passphrase)
	if err != nil {
		return err
	}
	if err := v.unseal(f, id); err != nil {
		if errors.Is(err, errWrongKey) {
			return corruptErr("payload does not match the key section", err)
		}
		return err
	}
	v.lastPassphrase = v.Now()
	return nil
}

// OpenRemembered opens the vault at path with the key kept in the system keyring:
// no passphrase, no scrypt. It returns errors wrapping ErrNotRemembered,
// ErrNoKeyring or ErrReminderDue, and those Open returns for the file itself.
func OpenRemembered(path string, opts Options) (*Vault, error) {
	v, f, err := load(path, opts.resolve())
	if err != nil {
		return nil, fmt.Errorf("open vault: %w", err)
	}
	if err := v.unlockRemembered(f); err != nil {
		v.release()
		return nil, fmt.Errorf("open vault: %w", err)
	}
	v.purgeOnOpen()
	return v, nil
}

func (v *Vault) unlockRemembered(f *vaultFile) error {
	if !v.markers().marked(v.id) {
		return ErrNotRemembered // and the keyring is not asked
	}
	r, err := getRemembered(v.opts.Keyring, v.id)
	if errors.Is(err, ErrNotRemembered) && !errors.Is(err, errUnreadableEntry) {
		_ = v.markers().unmark(v.id) // the entry went away (removed in the keyring's own app)
	}
	if err != nil {
		return err
	}
	if v.Now().Sub(r.LastPassphrase) > v.opts.ReminderAfter {
		return ErrReminderDue
	}
	id, err := age.ParseX25519Identity(r.Identity)
	if err != nil {
		return fmt.Errorf("the keyring entry is unreadable: %w", ErrNotRemembered)
	}
	if err := v.unseal(f, id); err != nil {
		if errors.Is(err, errWrongKey) {
			return fmt.Errorf("the remembered key does not open this vault: %w", ErrNotRemembered)
		}
		return err
	}
	v.lastPassphrase = r.LastPassphrase
	return nil
}

// ReadHeader reads and checks the vault file at path without the passphrase and
// returns its header. It reads the whole file to verify its checksum.
func ReadHeader(path string) (Header, error) {
	raw, err := readVaultFile(path)
	if err != nil {
		return Header{}, fmt.Errorf("read vault header: %w", err)
	}
	f, err := parseFile(raw)
	if err != nil {
		return Header{}, fmt.Errorf("read vault header: %w", err)
	}
	return f.Header, nil
}

// load locks (unless read-only), reads and parses the file, and returns a Vault
// holding everything but the key and the document.
//
// A vault reached through a symbolic link (say, into a synced folder) is read,
// locked and replaced where the link points, so that saving keeps the link.
func load(path string, opts Options) (*Vault, *vaultFile, error) {
	if err := checkRegular(path); err != nil {
		return nil, nil, err
	}
	file, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil, nil, err
	}
	v := &Vault{path: path, file: file, opts: opts}
	if !opts.ReadOnly {
		if v.lock, err = acquireLock(file); err != nil {
			return nil, nil, err
		}
		removeStaleTemps(file)
	}
	raw, err := readVaultFile(file)
	if err == nil {
		var f *vaultFile
		if f, err = parseFile(raw); err == nil {
			v.id, v.workFactor, v.disk = f.VaultID, f.WorkFactor, raw
			v.wrapped = bytes.Clone(f.identity)
			return v, f, nil
		}
	}
	v.release()
	return nil, nil, err
}

// unseal decrypts the payload with id and makes it the vault's document.
func (v *Vault) unseal(f *vaultFile, id *age.X25519Identity) error {
	plain, err := openPayload(f.payload, id)
	if err != nil {
		return err
	}
	defer clear(plain)
	d, err := decodeData(plain, f.VaultID)
	if err != nil {
		return err
	}
	v.identity, v.data, v.onDisk = id, d, keptOf(d)
	return nil
}

// encode returns the whole file for the current key, wrap and document.
func (v *Vault) encode() ([]byte, error) {
	if v.data == nil || v.data.VaultID != v.id {
		return nil, fmt.Errorf("the document's vault ID was changed; refusing to save")
	}
	textErr := make(chan error, 1)
	go func() { textErr <- checkText(v.data) }() // reads only; runs beside the encoding
	payload, err := sealPayload(v.data, v.identity, len(v.disk))
	if err := <-textErr; err != nil {
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	if len(payload) > MaxPayloadSize {
		return nil, fmt.Errorf("the vault is too large (%d bytes, at most %d)", len(payload), MaxPayloadSize)
	}
	f := &vaultFile{
		Header:   Header{FormatVersion: FormatVersion, VaultID: v.id, WorkFactor: v.workFactor},
		identity: v.wrapped,
		payload:  payload,
	}
	return f.marshal(), nil
}

// Data returns the live document. Callers change it and then call Save. It is
// nil after Close.
//
// Deprecated: use Snapshot to read and Update to change: the live document is
// shared with every caller and a failed change cannot be rolled back.
func (v *Vault) Data() *Data {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.data
}

// Path returns the vault file's path.
func (v *Vault) Path() string { return v.path }

// ID returns the vault ID.
func (v *Vault) ID() string { return v.id }

// Now returns the current time from the vault's clock.
func (v *Vault) Now() time.Time { return v.opts.Now() }

// Save writes the document to disk atomically, keeping the previous file as
// <path>.bak. It returns ErrChangedOnDisk, without writing, if another program
// changed the file since it was opened or last saved, and ErrReadOnly for a
// read-only vault.
//
// Deprecated: use Update, which saves and rolls back a failed change.
func (v *Vault) Save() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if _, err := v.save(false); err != nil {
		return fmt.Errorf("save vault: %w", err)
	}
	return nil
}

// save purges the trash and writes the file; written reports whether the file on
// disk is now the new one, which can be true even with an error. The .bak copy
// becomes the new file too (not the previous one) with freshBak, or when the
// document dropped items or old values that the file on disk holds: deleted
// must mean gone from both.
func (v *Vault) save(freshBak bool) (written bool, err error) {
	if err := v.checkWritable(); err != nil {
		return false, err
	}
	v.data.PurgeTrash(v.Now())
	holds := keptOf(v.data)
	freshBak = freshBak || v.onDisk.droppedIn(holds)
	b, err := v.encode()
	if err != nil {
		return false, err
	}
	old, err := v.readUnchanged()
	if err != nil {
		return false, err
	}
	written, err = replaceFile(v.file, b, old, freshBak)
	if written {
		v.disk, v.onDisk = b, holds
	}
	return written, err
}

func (v *Vault) checkWritable() error {
	switch {
	case v.closed:
		return ErrClosed
	case v.opts.ReadOnly:
		return ErrReadOnly
	}
	return nil
}

// readUnchanged returns the file's bytes if they are the ones last read or
// written, and ErrChangedOnDisk otherwise.
func (v *Vault) readUnchanged() ([]byte, error) {
	old, err := readVaultFile(v.file)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("the file is missing: %w", ErrChangedOnDisk)
	case errors.Is(err, ErrCorrupt):
		return nil, fmt.Errorf("%w (%v)", ErrChangedOnDisk, err)
	case err != nil:
		return nil, err
	case !bytes.Equal(old, v.disk):
		return nil, ErrChangedOnDisk
	}
	return old, nil
}

// ChangePassphrase protects the vault with a new passphrase and saves it. The
// vault gets a new key too, so the old passphrase cannot open versions saved from
// now on, even by someone holding an old copy of the file; a remembered key in
// the keyring is updated to match. <path>.bak becomes a copy of the new file, so
// the old passphrase opens neither. Front ends should say: "The old passphrase no
// longer opens this vault or its .bak copy; copies elsewhere (sync history,
// backups of the disk, paper backups) still open with the passphrase they were
// made with." workFactor 0 means DefaultWorkFactor.
func (v *Vault) ChangePassphrase(newPassphrase string, workFactor int) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if err := v.changePassphrase(newPassphrase, workFactor); err != nil {
		return fmt.Errorf("change passphrase: %w", err)
	}
	return nil
}

func (v *Vault) changePassphrase(passphrase string, workFactor int) error {
	if passphrase == "" {
		return ErrEmptyPassphrase
	}
	if err := v.checkWritable(); err != nil {
		return err
	}
	wf, err := resolveWorkFactor(workFactor, v.opts.AllowWeakWorkFactor)
	if err != nil {
		return err
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return err
	}
	wrapped, err := sealIdentity(id, passphrase, wf)
	if err != nil {
		return err
	}
	oldID, oldWrapped, oldWF := v.identity, v.wrapped, v.workFactor
	v.identity, v.wrapped, v.workFactor = id, wrapped, wf
	written, err := v.save(true) // the .bak must not open with the old passphrase
	if !written {
		v.identity, v.wrapped, v.workFactor = oldID, oldWrapped, oldWF
		return err
	}
	v.lastPassphrase = v.Now()
	v.refreshRemembered(true)
	return err
}

// Close releases the lock and drops the key and the document. The vault cannot
// be used afterwards. Closing twice is harmless.
func (v *Vault) Close() error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.closed {
		return nil
	}
	return v.release()
}

// release unlocks and forgets the secrets. Go strings cannot be wiped, so this
// drops references and zeroes the byte slices the vault owns.
func (v *Vault) release() error {
	v.closed = true
	err := releaseLock(v.lock)
	v.lock, v.identity, v.data, v.disk = nil, nil, nil, nil
	clear(v.wrapped)
	v.wrapped = nil
	return err
}
