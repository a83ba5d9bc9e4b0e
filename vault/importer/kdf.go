package importer

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"fmt"
	"hash"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/scrypt"
)

// Bounds on the key-derivation costs an export may ask for. Exports are
// untrusted: without them a crafted file could make Coffer allocate
// gigabytes or spin for hours. Real exports stay far below.
const (
	maxScryptN         = 1 << 22
	maxScryptRP        = 1 << 6
	maxPBKDF2Rounds    = 10_000_000
	maxArgon2Time      = 100
	maxArgon2MemoryMiB = 1024
	maxArgon2Threads   = 64
)

func errCost(what string) error {
	return fmt.Errorf("%s: key-derivation cost out of range: %w", what, ErrUnsupported)
}

func scryptKey(password string, salt []byte, n, r, p int) ([]byte, error) {
	if n < 2 || n > maxScryptN || n&(n-1) != 0 || r < 1 || p < 1 || r*p > maxScryptRP {
		return nil, errCost("scrypt")
	}
	k, err := scrypt.Key([]byte(password), salt, n, r, p, 32)
	if err != nil {
		return nil, errCost("scrypt")
	}
	return k, nil
}

func pbkdf2Key(h func() hash.Hash, password string, salt []byte, rounds, size int) ([]byte, error) {
	if rounds < 1 || rounds > maxPBKDF2Rounds {
		return nil, errCost("PBKDF2")
	}
	k, err := pbkdf2.Key(h, password, salt, rounds, size)
	if err != nil {
		return nil, errCost("PBKDF2")
	}
	return k, nil
}

func argon2Key(password string, salt []byte, time, memoryMiB, threads int) ([]byte, error) {
	if time < 1 || time > maxArgon2Time || memoryMiB < 1 || memoryMiB > maxArgon2MemoryMiB ||
		threads < 1 || threads > maxArgon2Threads {
		return nil, errCost("Argon2id")
	}
	return argon2.IDKey([]byte(password), salt, uint32(time), uint32(memoryMiB)*1024, uint8(threads), 32), nil
}

// openGCM decrypts AES-GCM ciphertext||tag; any failure is ErrWrongPassword.
func openGCM(key, nonce, sealed []byte) ([]byte, error) {
	if len(nonce) == 0 || len(nonce) > 64 {
		return nil, fmt.Errorf("bad nonce: %w", ErrMalformed)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, ErrWrongPassword
	}
	gcm, err := cipher.NewGCMWithNonceSize(block, len(nonce))
	if err != nil {
		return nil, fmt.Errorf("bad nonce: %w", ErrMalformed)
	}
	plain, err := gcm.Open(nil, nonce, sealed, nil)
	if err != nil {
		return nil, ErrWrongPassword
	}
	return plain, nil
}
