package export

import (
	"bytes"
	"crypto/ecdh"
	"crypto/rand"
	"errors"
	"fmt"

	"coffer/vault/slip39"
	"filippo.io/age"
)

// Shares asks for a shared backup: it is encrypted to a fresh random key instead of a
// passphrase, and the key is split into N SLIP-39 shares of which any K restore it.
// The zero value means a passphrase backup.
type Shares struct {
	K, N int
	// Passphrase is the optional SLIP-39 passphrase of the shares ("" for none): it
	// is then needed with the shares. SLIP-39 has no wrong-passphrase error: shares
	// combined with another passphrase give another key, silently; Coffer notices
	// only because that key does not open the backup.
	Passphrase string
}

// The share counts a shared backup may have (2 ≤ K ≤ N ≤ MaxShares).
const (
	MinShares = 2
	MaxShares = slip39.MaxShares
)

// sharedKeyLen is the size of the split secret: an X25519 private key.
const sharedKeyLen = 32

// On reports whether a shared backup is asked for.
func (s Shares) On() bool { return s != Shares{} }

// String is "K-of-N" (never the passphrase).
func (s Shares) String() string { return fmt.Sprintf("%d-of-%d", s.K, s.N) }

// Check returns an error unless 2 ≤ K ≤ N ≤ 16 and the passphrase, if any, is
// printable ASCII, as SLIP-39 requires.
func (s Shares) Check() error {
	if s.K < MinShares || s.N < s.K || s.N > MaxShares {
		return fmt.Errorf("shares %s: need 2 ≤ K ≤ N ≤ %d", s, MaxShares)
	}
	return CheckSharePassphrase(s.Passphrase)
}

// CheckSharePassphrase returns slip39.ErrPassphrase unless p is printable ASCII
// (space to ~), the only characters a SLIP-39 passphrase may hold.
func CheckSharePassphrase(p string) error {
	for i := 0; i < len(p); i++ {
		if p[i] < ' ' || p[i] > '~' {
			return fmt.Errorf("SLIP-39 passphrase: %w", slip39.ErrPassphrase)
		}
	}
	return nil
}

// ParseShares reads "K-of-N" (as typed on the command line) and checks it.
func ParseShares(text string) (Shares, error) {
	var s Shares
	var rest string
	if n, _ := fmt.Sscanf(text+"\n", "%d-of-%d%s", &s.K, &s.N, &rest); n != 2 {
		return Shares{}, fmt.Errorf("shares %q: write K-of-N, for example 3-of-5", text)
	}
	return s, s.Check()
}

// splitNewKey makes a fresh X25519 key, splits it into SLIP-39 shares (one group,
// K-of-N, extendable, the SLIP-39 passphrase of s, usually empty) and returns the age recipient of the
// key with the shares. The key itself is wiped before returning.
func splitNewKey(s Shares) (age.Recipient, []slip39.Share, error) {
	key := make([]byte, sharedKeyLen)
	defer wipe(key)
	if _, err := rand.Read(key); err != nil {
		return nil, nil, fmt.Errorf("shared key: %w", err)
	}
	r, err := recipientOf(key)
	if err != nil {
		return nil, nil, err
	}
	shares, err := slip39.SplitOneGroup(key, s.Passphrase, s.K, s.N, slip39.Options{Extendable: true})
	if err != nil {
		return nil, nil, fmt.Errorf("shared key: split: %w", err)
	}
	return r, shares, nil
}

// recipientOf is the age X25519 recipient ("age1…") of the private key.
func recipientOf(key []byte) (age.Recipient, error) {
	priv, err := ecdh.X25519().NewPrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("shared key: %w", err)
	}
	text, err := bech32Encode("age", priv.PublicKey().Bytes())
	if err != nil {
		return nil, fmt.Errorf("shared key: %w", err)
	}
	r, err := age.ParseX25519Recipient(string(text))
	if err != nil {
		return nil, fmt.Errorf("shared key: %w", err)
	}
	return r, nil
}

// IdentityOf is the age identity ("AGE-SECRET-KEY-1…") of a 32-byte shared-backup key,
// the text stock `age -d -i` reads. The returned slice is the caller's to wipe; the
// parsed identity inside age is a string Go cannot wipe.
func IdentityOf(key []byte) ([]byte, error) {
	if len(key) != sharedKeyLen {
		return nil, fmt.Errorf("shared key: %d bytes, want %d: %w", len(key), sharedKeyLen, ErrWrongShares)
	}
	text, err := bech32Encode("age-secret-key-", key)
	if err != nil {
		return nil, fmt.Errorf("shared key: %w", err)
	}
	return bytes.ToUpper(text), nil
}

// identityOf parses IdentityOf(key) into an age identity.
func identityOf(key []byte) (age.Identity, error) {
	text, err := IdentityOf(key)
	if err != nil {
		return nil, err
	}
	defer wipe(text)
	id, err := age.ParseX25519Identity(string(text))
	if err != nil {
		return nil, fmt.Errorf("shared key: %w", err)
	}
	return id, nil
}

// IsShared reports whether a rebuilt ciphertext is a shared backup: its age header
// has an X25519 recipient stanza instead of a scrypt one.
func IsShared(ciphertext []byte) bool {
	_, rest, ok := bytes.Cut(ciphertext, []byte("\n"))
	return ok && bytes.HasPrefix(rest, []byte("-> X25519 "))
}

// DecryptShares opens a shared backup's ciphertext with share mnemonics: it combines
// them (SLIP-39, empty passphrase) into the key, makes the age identity and decrypts.
// Too few shares give an error wrapping *slip39.NotEnoughError ("1 more share
// needed"); shares of different sets or duplicates are named by the slip39 errors;
// shares of another shared backup give ErrWrongShares. The key is wiped after use.
func DecryptShares(ciphertext []byte, mnemonics []string) (*Payload, error) {
	return DecryptSharesWith(ciphertext, mnemonics, "")
}

// DecryptSharesWith is DecryptShares for shares made with a SLIP-39 passphrase. A
// wrong or missing passphrase gives ErrWrongShares, like shares of another backup:
// SLIP-39 itself cannot tell, only the age file does not open.
func DecryptSharesWith(ciphertext []byte, mnemonics []string, passphrase string) (*Payload, error) {
	if !IsShared(ciphertext) {
		return nil, fmt.Errorf("decrypt: backup made with a passphrase, not shares: %w", ErrNotShared)
	}
	key, err := slip39.CombineMnemonics(mnemonics, passphrase)
	if err != nil {
		return nil, fmt.Errorf("decrypt: shares: %w", err)
	}
	defer wipe(key)
	id, err := identityOf(key)
	if err != nil {
		return nil, fmt.Errorf("decrypt: %w", err)
	}
	return decryptWith(ciphertext, id, ErrWrongShares)
}

// OpenCiphertextShares is OpenCiphertext for a shared backup: DecryptShares, then the
// check that the payload is the backup the codes name (ErrBackupMismatch otherwise).
func OpenCiphertextShares(ct []byte, backupID string, mnemonics []string) (*Payload, error) {
	return OpenCiphertextSharesWith(ct, backupID, mnemonics, "")
}

// OpenCiphertextSharesWith is OpenCiphertextShares with a SLIP-39 passphrase.
func OpenCiphertextSharesWith(ct []byte, backupID string, mnemonics []string, passphrase string) (*Payload, error) {
	p, err := DecryptSharesWith(ct, mnemonics, passphrase)
	if err != nil {
		return nil, err
	}
	if err := p.matchesCodes(backupID); err != nil {
		return nil, err
	}
	return p, nil
}

// OpenShares rebuilds and decrypts a shared backup with share mnemonics.
func (a *Assembler) OpenShares(backupID string, mnemonics []string) (*Payload, error) {
	ct, err := a.Ciphertext(backupID)
	if err != nil {
		return nil, err
	}
	return OpenCiphertextShares(ct, backupID, mnemonics)
}

// errPassphraseForShared is Decrypt's answer for a shared backup.
var errPassphraseForShared = errors.New("decrypt: this backup is shared: it opens with its share sheets, not a passphrase")
