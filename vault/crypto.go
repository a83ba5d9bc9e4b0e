package vault

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"filippo.io/age"
)

// DefaultWorkFactor is the scrypt log2(N) used to wrap the vault key with the
// passphrase: about one second on a desktop computer.
const DefaultWorkFactor = 18

// Bounds for the scrypt work factor (log2 N; scrypt with r = 8 uses 2^N × 1 KiB of
// memory, so 20 is 1 GiB and a few seconds per guess on a desktop computer).
const (
	// MinWorkFactor is the least work factor Coffer writes: 64 MiB per guess.
	MinWorkFactor = 16
	// MaxWorkFactor is the most Coffer writes, and the most it accepts when
	// reading: a hostile file cannot make it use more than 1 GiB of memory (the
	// age library alone would accept 22: 4 GiB and ~25 s per attempt).
	MaxWorkFactor = 20
	// weakestWorkFactor is the floor with Options.AllowWeakWorkFactor, for tests.
	weakestWorkFactor = 10
)

// ErrWorkFactor means a scrypt work factor is outside the accepted range.
var ErrWorkFactor = errors.New("scrypt work factor out of range")

// errWrongKey means the payload is not encrypted to the identity that was tried.
var errWrongKey = errors.New("payload is not encrypted to this vault's key")

// CheckWorkFactor checks a work factor that Coffer is asked to write (a new vault,
// a new passphrase, a --work-factor flag): MinWorkFactor..MaxWorkFactor, or down to
// 10 with allowWeak, which is for tests only. 0 means DefaultWorkFactor and is
// always fine. The error wraps ErrWorkFactor and says the range.
func CheckWorkFactor(wf int, allowWeak bool) error {
	_, err := resolveWorkFactor(wf, allowWeak)
	return err
}

// resolveWorkFactor resolves 0 to DefaultWorkFactor and checks the bounds.
func resolveWorkFactor(wf int, allowWeak bool) (int, error) {
	if wf == 0 {
		return DefaultWorkFactor, nil
	}
	lo := MinWorkFactor
	if allowWeak {
		lo = weakestWorkFactor
	}
	if wf < lo || wf > MaxWorkFactor {
		return 0, fmt.Errorf("%w: %d is not in %d..%d (the default is %d)", ErrWorkFactor, wf, lo, MaxWorkFactor, DefaultWorkFactor)
	}
	return wf, nil
}

// checkReadWorkFactor refuses, before any scrypt, a file whose header asks for
// more than MaxWorkFactor. The age stanza is the authority and age refuses it
// too (SetMaxWorkFactor); this only gives the clear message.
func checkReadWorkFactor(wf int) error {
	if wf > MaxWorkFactor {
		return fmt.Errorf("%w: the file asks for %d (%s of memory per attempt); Coffer opens at most %d (1 GiB)",
			ErrWorkFactor, wf, scryptMemory(wf), MaxWorkFactor)
	}
	return nil
}

// scryptMemory says how much memory scrypt needs at work factor wf, in words.
func scryptMemory(wf int) string {
	if wf >= 20 {
		return fmt.Sprintf("%d GiB", 1<<(wf-20))
	}
	return fmt.Sprintf("%d MiB", 1<<max(wf-10, 0))
}

// sealIdentity encrypts the identity's "AGE-SECRET-KEY-1..." line with the passphrase.
func sealIdentity(id *age.X25519Identity, passphrase string, workFactor int) ([]byte, error) {
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, err
	}
	r.SetWorkFactor(workFactor)
	return encrypt([]byte(id.String()+"\n"), r)
}

// openIdentity decrypts section 1 with the passphrase: the one scrypt of an unlock.
func openIdentity(section []byte, passphrase string) (*age.X25519Identity, error) {
	sid, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, err
	}
	sid.SetMaxWorkFactor(MaxWorkFactor)
	plain, err := decrypt(section, sid, maxIdentitySize)
	var noMatch *age.NoIdentityMatchError
	switch {
	case errors.As(err, &noMatch):
		return nil, ErrBadPassphrase
	case err != nil:
		return nil, corruptErr("key section cannot be decrypted", err)
	}
	defer clear(plain)
	id, err := age.ParseX25519Identity(strings.TrimSpace(string(plain)))
	if err != nil {
		return nil, corrupt("key section does not hold an age key")
	}
	return id, nil
}

// sealPayload encrypts the document to the vault's key, streaming the JSON into
// the encryption. sizeHint is the expected ciphertext size (the last one).
func sealPayload(d *Data, id *age.X25519Identity, sizeHint int) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(sizeHint + sizeHint/16 + 4096)
	w, err := age.Encrypt(&buf, id.Recipient())
	if err != nil {
		return nil, fmt.Errorf("encrypt: %w", err)
	}
	if err := encodeData(w, d); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("encrypt: %w", err)
	}
	return buf.Bytes(), nil
}

// openPayload decrypts section 2 with the vault's key. It returns errWrongKey if
// the section is not encrypted to id.
func openPayload(section []byte, id *age.X25519Identity) ([]byte, error) {
	plain, err := decrypt(section, id, MaxPayloadSize)
	var noMatch *age.NoIdentityMatchError
	switch {
	case errors.As(err, &noMatch):
		return nil, errWrongKey
	case err != nil:
		return nil, corruptErr("payload cannot be decrypted", err)
	}
	return plain, nil
}

// encrypt returns plain as a binary age file for r.
func encrypt(plain []byte, r age.Recipient) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(plain) + len(plain)/4096 + 512)
	w, err := age.Encrypt(&buf, r)
	if err != nil {
		return nil, fmt.Errorf("encrypt: %w", err)
	}
	if _, err := w.Write(plain); err != nil {
		return nil, fmt.Errorf("encrypt: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("encrypt: %w", err)
	}
	return buf.Bytes(), nil
}

// decrypt opens an age file, reading at most limit bytes of plaintext.
func decrypt(ciphertext []byte, id age.Identity, limit int) ([]byte, error) {
	r, err := age.Decrypt(bytes.NewReader(ciphertext), id)
	if err != nil {
		return nil, err
	}
	// The plaintext is never longer than the ciphertext, so buf never grows and
	// no unzeroed copy of the plaintext is left behind.
	buf := make([]byte, 0, min(len(ciphertext), limit+1))
	for {
		if len(buf) == cap(buf) {
			clear(buf)
			return nil, fmt.Errorf("plaintext larger than %d bytes", min(len(ciphertext), limit+1)-1)
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			clear(buf)
			return nil, err
		}
	}
}
