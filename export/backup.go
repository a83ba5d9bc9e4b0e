package export

import (
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	"coffer/vault"
	"coffer/vault/slip39"
	"filippo.io/age"
)

// Paper is a sheet size the backup is laid out for.
type Paper string

// The supported paper sizes.
const (
	A4     Paper = "a4"     // 210 × 297 mm (595 × 842 pt)
	Letter Paper = "letter" // 8.5 × 11 in (612 × 792 pt)
)

// Options tune Create. The zero value prints on A4 with the default work factor.
type Options struct {
	Paper      Paper            // A4 when empty
	WorkFactor int              // scrypt log2 N, MinWorkFactor..MaxWorkFactor; DefaultWorkFactor when 0
	Now        func() time.Time // clock; time.Now when nil
	NoText     bool             // leave out the typed-fallback text pages
	ListTitles bool             // print the item titles (not secrets) on a contents page
	HintLine   bool             // print a blank "passphrase hint" line on each code page
	// Shares makes a shared backup: encrypted to a fresh random X25519 key split into
	// SLIP-39 shares (any K of N), with no passphrase. The zero value: a passphrase backup.
	Shares Shares

	// AllowWeakWorkFactor lets WorkFactor go below MinWorkFactor (down to 1), for tests
	// only: a backup written so is cheap to guess.
	AllowWeakWorkFactor bool
}

// Backup is a backup ready to print: its frames and how they sit on the pages.
type Backup struct {
	ID            string    // 8 Crockford characters, printed on every page
	Created       time.Time // creation time, UTC, printed as a date
	Paper         Paper
	Frames        []Frame // all frames, index order: data frames then parity frames
	Pages         [][]int // frame indexes on each code page
	CiphertextLen int     // bytes of age ciphertext
	DataFrames    int     // any DataFrames frames rebuild the ciphertext
	ParityFrames  int     // frames that may be lost
	PlaintextLen  int     // bytes of JSON before compression (for reports)
	// Shares holds, for a shared backup, the N SLIP-39 shares of its key in member
	// order (print each on its own share sheet, then drop them); nil otherwise.
	Shares []slip39.Share

	opts   Options
	titles []string // item titles, only kept when opts.ListTitles
}

// Create encrypts the items with the passphrase and lays them out as frames and pages.
// With opts.Shares set the passphrase must be empty: the backup is encrypted to a fresh
// random key whose SLIP-39 shares are in Backup.Shares.
func Create(items []vault.Item, vaultID, passphrase string, opts Options) (*Backup, error) {
	return create(items, vaultID, passphrase, opts, newBackupID())
}

// create is Create with the backup ID given (tests fix it for deterministic sizes).
func create(items []vault.Item, vaultID, passphrase string, opts Options, id string) (*Backup, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	b := &Backup{ID: id, Created: opts.Now().UTC().Truncate(time.Second), Paper: opts.Paper, opts: opts}
	r, err := b.recipient(passphrase)
	if err != nil {
		return nil, fmt.Errorf("create backup: %w", err)
	}
	p := &Payload{Meta: Meta{FormatVersion: PayloadVersion, BackupID: b.ID, Created: b.Created, VaultID: vaultID, ItemCount: len(items)}, Items: items}
	if p.Items == nil {
		p.Items = []vault.Item{}
	}
	ct, jsLen, err := seal(p, r)
	if err != nil {
		return nil, fmt.Errorf("create backup: %w", err)
	}
	b.CiphertextLen, b.PlaintextLen = len(ct), jsLen
	if err := b.cut(ct); err != nil {
		return nil, fmt.Errorf("create backup: %w", err)
	}
	if opts.ListTitles {
		for _, it := range items {
			b.titles = append(b.titles, it.Title)
		}
	}
	return b, nil
}

// recipient is the scrypt recipient of the passphrase or, for a shared backup, the
// recipient of a fresh split key (its shares go to b.Shares).
func (b *Backup) recipient(passphrase string) (age.Recipient, error) {
	if !b.opts.Shares.On() {
		if passphrase == "" {
			return nil, errors.New("empty passphrase")
		}
		return scryptRecipient(passphrase, b.opts.WorkFactor)
	}
	if passphrase != "" {
		return nil, errors.New("a shared backup has no passphrase")
	}
	if err := b.opts.Shares.Check(); err != nil {
		return nil, err
	}
	r, shares, err := splitNewKey(b.opts.Shares)
	b.Shares = shares
	return r, err
}

// Shared reports whether the backup opens with SLIP-39 shares instead of a passphrase.
func (b *Backup) Shared() bool { return b.opts.Shares.On() }

// Sharing is the K-of-N of a shared backup (zero for a passphrase backup), without
// its SLIP-39 passphrase (SharePassphrase reports whether there is one).
func (b *Backup) Sharing() Shares { sh := b.opts.Shares; sh.Passphrase = ""; return sh }

// SharePassphrase reports whether the shares were made with a SLIP-39 passphrase.
func (b *Backup) SharePassphrase() bool { return b.opts.Shares.Passphrase != "" }

// withDefaults fills zero fields and checks the others.
func (o Options) withDefaults() (Options, error) {
	if o.Paper == "" {
		o.Paper = A4
	}
	if _, ok := papers[o.Paper]; !ok {
		return o, fmt.Errorf("create backup: unknown paper %q (use a4 or letter)", o.Paper)
	}
	if o.WorkFactor == 0 {
		o.WorkFactor = DefaultWorkFactor
	}
	if err := CheckWorkFactor(o.WorkFactor, o.AllowWeakWorkFactor); err != nil {
		return o, fmt.Errorf("create backup: %w", err)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o, nil
}

// CheckWorkFactor returns an error when wf is not a work factor backups may be written
// with: MinWorkFactor..MaxWorkFactor, or 1..MaxWorkFactor when allowWeak (tests only).
// The command line can use it to check a --work-factor flag before asking anything.
func CheckWorkFactor(wf int, allowWeak bool) error {
	lo := MinWorkFactor
	if allowWeak {
		lo = 1
	}
	if wf < lo || wf > MaxWorkFactor {
		return fmt.Errorf("work factor %d outside %d..%d: %w", wf, lo, MaxWorkFactor, ErrWorkFactor)
	}
	return nil
}

// cut splits the ciphertext into data and parity frames and assigns them to pages.
func (b *Backup) cut(ct []byte) error {
	spec := papers[b.Paper]
	p, err := planFrames(len(ct), spec.perPage(), maxShardFor(spec.maxVersion()))
	if err != nil {
		return err
	}
	shards, err := encodeShards(ct, p)
	if err != nil {
		return err
	}
	b.DataFrames, b.ParityFrames = p.data, p.parity
	for i, s := range shards {
		b.Frames = append(b.Frames, Frame{BackupID: b.ID, Index: i, DataCount: p.data,
			ParityCount: p.parity, PerPage: p.perPage, PayloadLen: len(ct), Data: s})
	}
	for pg := 0; pg < p.pages; pg++ {
		var idx []int
		for i := pg * p.perPage; i < (pg+1)*p.perPage && i < len(shards); i++ {
			idx = append(idx, i)
		}
		b.Pages = append(b.Pages, idx)
	}
	return nil
}

// LedgerRecord is the vault ledger entry for this backup of items.
func (b *Backup) LedgerRecord(items []vault.Item) vault.BackupRecord {
	rec := vault.BackupRecord{ID: b.ID, Created: b.Created, Paper: string(b.Paper), Pages: len(b.layout()),
		Items: vault.BackupItemsOf(items)}
	if b.Shared() {
		rec.Shared = &vault.SharedBackup{K: b.opts.Shares.K, N: b.opts.Shares.N, Passphrase: b.opts.Shares.Passphrase != ""}
	}
	return rec
}

// newBackupID returns 5 random bytes as 8 Crockford characters.
func newBackupID() string {
	var id [idLen]byte
	if _, err := rand.Read(id[:]); err != nil {
		panic("export: crypto/rand failed: " + err.Error())
	}
	return b32.EncodeToString(id[:])
}
