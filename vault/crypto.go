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

// Bounds for the scrypt work factor. Files asking for more than maxWorkFactor are
// refused so a hostile file cannot make Open use gigabytes of memory.
const (
	minWorkFactor = 10
	maxWorkFactor = 22
)

// errWrongKey means the payload is not encrypted to the identity that was tried.
var errWrongKey = errors.New("payload is not encrypted to this vault's key")

// checkWorkFactor resolves 0 to DefaultWorkFactor and checks the bounds.
func checkWorkFactor(wf int) (int, error) {
	if wf == 0 {
		return DefaultWorkFactor, nil
	}
	if wf < minWorkFactor || wf > maxWorkFactor {
		return 0, fmt.Errorf("scrypt work factor %d is outside %d..%d", wf, minWorkFactor, maxWorkFactor)
	}
	return wf, nil
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
	sid.SetMaxWorkFactor(maxWorkFactor)
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
