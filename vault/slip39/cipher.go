package slip39

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"fmt"
)

const (
	baseIterations = 10000
	feistelRounds  = 4
)

// checkPassphrase refuses what SLIP-39 does not allow: only printable ASCII.
func checkPassphrase(p string) error {
	for i := 0; i < len(p); i++ {
		if p[i] < 32 || p[i] > 126 {
			return fmt.Errorf("slip39: %w", ErrPassphrase)
		}
	}
	return nil
}

func feistelSalt(id uint16, extendable bool) []byte {
	if extendable {
		return nil
	}
	return []byte{'s', 'h', 'a', 'm', 'i', 'r', byte(id >> 8), byte(id)}
}

func roundFunction(i int, passphrase string, exp int, salt, r []byte) []byte {
	s := append(append([]byte(nil), salt...), r...)
	key, err := pbkdf2.Key(sha256.New, string(append([]byte{byte(i)}, passphrase...)), s,
		(baseIterations<<exp)/feistelRounds, len(r))
	if err != nil {
		panic("slip39: pbkdf2: " + err.Error()) // only on impossible parameters
	}
	return key
}

// feistel runs the four rounds forward (encrypt) or backward (decrypt).
func feistel(in []byte, passphrase string, exp int, id uint16, extendable, decrypt bool) []byte {
	half := len(in) / 2
	l := append([]byte(nil), in[:half]...)
	r := append([]byte(nil), in[half:]...)
	salt := feistelSalt(id, extendable)
	for n := range feistelRounds {
		i := n
		if decrypt {
			i = feistelRounds - 1 - n
		}
		f := roundFunction(i, passphrase, exp, salt, r)
		for j := range l {
			l[j] ^= f[j]
		}
		clear(f)
		l, r = r, l
	}
	out := make([]byte, 0, len(in))
	out = append(append(out, r...), l...)
	clear(l)
	clear(r)
	return out
}

func encrypt(master []byte, passphrase string, exp int, id uint16, extendable bool) []byte {
	return feistel(master, passphrase, exp, id, extendable, false)
}

func decrypt(ems []byte, passphrase string, exp int, id uint16, extendable bool) []byte {
	return feistel(ems, passphrase, exp, id, extendable, true)
}
