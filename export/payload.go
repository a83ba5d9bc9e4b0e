package export

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"coffer/vault"
	"filippo.io/age"
)

// PayloadVersion is the version of the encrypted JSON payload this package writes.
const PayloadVersion = 1

// DefaultWorkFactor is the scrypt work factor (log2 N) used when Options leave it zero.
const DefaultWorkFactor = 18

// Scrypt work factors (log2 N) of backups. Memory is 128·8·2^N bytes per attempt: 32 MiB
// at 15, 256 MiB at the default 18, 1 GiB at 20. Backups are written with MinWorkFactor
// to MaxWorkFactor (lower only with Options.AllowWeakWorkFactor, for tests), and Decrypt
// refuses a ciphertext asking for more than MaxWorkFactor before running scrypt, so a
// hostile file costs at most 1 GiB and a few seconds per attempt.
const (
	MinWorkFactor = 15
	MaxWorkFactor = 20
)

// maxPlaintext caps decompression, so a damaged or hostile payload cannot fill memory.
const maxPlaintext = 64 << 20

// Meta describes a backup inside its encrypted payload.
type Meta struct {
	FormatVersion int       `json:"format_version"`
	BackupID      string    `json:"backup_id"`
	Created       time.Time `json:"created"`
	VaultID       string    `json:"vault_id"`
	ItemCount     int       `json:"item_count"`
}

// Payload is what a backup holds once decrypted.
type Payload struct {
	Meta  Meta         `json:"meta"`
	Items []vault.Item `json:"items"`
}

// seal turns the payload into JSON, compresses it with raw DEFLATE and encrypts it with
// age to r (a scrypt recipient, or the X25519 recipient of a shared backup).
// It returns the ciphertext and the length of the JSON.
func seal(p *Payload, r age.Recipient) ([]byte, int, error) {
	js, err := json.Marshal(p)
	if err != nil {
		return nil, 0, fmt.Errorf("payload: %w", err)
	}
	defer wipe(js)
	ct, err := encrypt(js, r)
	return ct, len(js), err
}

// scryptRecipient is the age recipient of a passphrase backup.
func scryptRecipient(passphrase string, workFactor int) (age.Recipient, error) {
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, fmt.Errorf("payload: passphrase: %w", err)
	}
	r.SetWorkFactor(workFactor)
	return r, nil
}

// encrypt compresses plaintext with raw DEFLATE and encrypts it with age to r.
func encrypt(js []byte, r age.Recipient) ([]byte, error) {
	var out bytes.Buffer
	aw, err := age.Encrypt(&out, r)
	if err != nil {
		return nil, fmt.Errorf("payload: encrypt: %w", err)
	}
	zw, _ := flate.NewWriter(aw, flate.BestCompression) // level is valid: no error
	if _, err := zw.Write(js); err != nil {
		return nil, fmt.Errorf("payload: compress: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("payload: compress: %w", err)
	}
	if err := aw.Close(); err != nil {
		return nil, fmt.Errorf("payload: encrypt: %w", err)
	}
	return out.Bytes(), nil
}

// Decrypt opens a rebuilt ciphertext with the backup passphrase. A wrong passphrase
// gives ErrBadPassphrase; the ciphertext is not modified, so the caller may retry. A
// ciphertext whose scrypt work factor is above MaxWorkFactor is refused (ErrCorrupt)
// without running scrypt.
func Decrypt(ciphertext []byte, passphrase string) (*Payload, error) {
	if IsShared(ciphertext) {
		return nil, fmt.Errorf("%w: %w", errPassphraseForShared, ErrNotShared)
	}
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, fmt.Errorf("decrypt: %w", ErrBadPassphrase)
	}
	id.SetMaxWorkFactor(MaxWorkFactor)
	return decryptWith(ciphertext, id, ErrBadPassphrase)
}

// decryptWith opens the ciphertext with id; a key that does not match gives wrongKey.
func decryptWith(ciphertext []byte, id age.Identity, wrongKey error) (*Payload, error) {
	ar, err := age.Decrypt(bytes.NewReader(ciphertext), id)
	if err != nil {
		return nil, fmt.Errorf("decrypt: %w", classifyAgeError(err, wrongKey))
	}
	js, err := io.ReadAll(io.LimitReader(flate.NewReader(ar), maxPlaintext+1))
	if err != nil {
		return nil, fmt.Errorf("decrypt: %w: %w", ErrCorrupt, err)
	}
	if len(js) > maxPlaintext {
		return nil, fmt.Errorf("decrypt: payload over %d bytes: %w", maxPlaintext, ErrCorrupt)
	}
	return parsePayload(js)
}

// classifyAgeError maps an age failure to wrongKey (ErrBadPassphrase or ErrWrongShares)
// or ErrCorrupt.
func classifyAgeError(err, wrongKey error) error {
	var noMatch *age.NoIdentityMatchError
	if errors.As(err, &noMatch) && errors.Is(err, age.ErrIncorrectIdentity) {
		return wrongKey
	}
	return fmt.Errorf("%w: %w", ErrCorrupt, err)
}

// parsePayload decodes and checks the decrypted JSON.
func parsePayload(js []byte) (*Payload, error) {
	var meta struct {
		Meta Meta `json:"meta"`
	}
	if err := json.Unmarshal(js, &meta); err != nil {
		return nil, fmt.Errorf("payload: %w", ErrCorrupt)
	}
	if meta.Meta.FormatVersion > PayloadVersion {
		return nil, fmt.Errorf("payload: version %d: %w", meta.Meta.FormatVersion, ErrNewerFormat)
	}
	var p Payload
	if err := json.Unmarshal(js, &p); err != nil {
		return nil, fmt.Errorf("payload: %w", ErrCorrupt)
	}
	if p.Meta.FormatVersion < 1 || p.Meta.ItemCount != len(p.Items) {
		return nil, fmt.Errorf("payload: meta says %d items, found %d: %w", p.Meta.ItemCount, len(p.Items), ErrCorrupt)
	}
	return &p, nil
}

// matchesCodes checks that the payload is the backup the codes name. (Frames carry no
// item count; parsePayload already checked the payload's count against its items.)
func (p *Payload) matchesCodes(backupID string) error {
	if p.Meta.BackupID != backupID {
		return fmt.Errorf("decrypt: codes say backup %s, the payload inside is backup %s: %w", backupID, p.Meta.BackupID, ErrBackupMismatch)
	}
	return nil
}
