package vault

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
)

// FormatVersion is the version of the vault file container this Coffer writes.
const FormatVersion = 1

// Limits that keep a hostile or damaged file from exhausting memory.
const (
	// MaxPayloadSize is the largest encrypted document section accepted (256 MiB).
	MaxPayloadSize = 256 << 20
	// maxIdentitySize bounds the passphrase-wrapped key section.
	maxIdentitySize = 4096
	// maxHeaderSize bounds the text header.
	maxHeaderSize = 512
	// maxFileSize bounds a whole vault file.
	maxFileSize = maxHeaderSize + maxIdentitySize + MaxPayloadSize
)

const (
	magic     = "coffer-vault "
	ageMagic  = "age-encryption.org/v1\n"
	scryptTag = ageMagic + "-> scrypt "
)

// Header is the plain-text part of a vault file. It can be read without the
// passphrase and reveals only the vault ID, the scrypt work factor and sizes.
type Header struct {
	FormatVersion int    // container version, FormatVersion for files this Coffer writes
	VaultID       string // 32 lowercase hex digits; also the keyring user name
	WorkFactor    int    // scrypt log2(N) of the passphrase wrap (informational)
	IdentitySize  int    // bytes of section 1: the passphrase-wrapped age identity
	PayloadSize   int    // bytes of section 2: the document encrypted to that identity
}

// vaultFile is a parsed vault file: header and the two age sections.
type vaultFile struct {
	Header
	identity []byte // age file encrypted with scrypt, plaintext "AGE-SECRET-KEY-1...\n"
	payload  []byte // age file encrypted to the identity, plaintext the JSON document
}

// parseFile splits and checks a whole vault file. It checks the structure and
// the checksum but decrypts nothing. The sections alias b.
func parseFile(b []byte) (*vaultFile, error) {
	if len(b) == 0 {
		return nil, corrupt("file is empty")
	}
	p := &headerParser{b: b}
	f := &vaultFile{}
	if err := p.version(&f.FormatVersion); err != nil {
		return nil, err
	}
	f.VaultID = p.field("id", parseID)
	f.WorkFactor = p.number("work-factor", 1, 30)
	f.IdentitySize = p.number("identity", 1, maxIdentitySize)
	f.PayloadSize = p.number("payload", 1, MaxPayloadSize)
	sumStart := p.off
	sum := p.field("sha256", parseSum)
	if p.err != nil {
		return nil, p.err
	}
	body := b[p.off:]
	if err := f.split(body); err != nil {
		return nil, err
	}
	if got := checksum(b[:sumStart], body); hex.EncodeToString(got[:]) != sum {
		return nil, corrupt("checksum mismatch: the file was damaged or altered")
	}
	return f, f.checkSections()
}

// split cuts body into the two sections, checking their sizes.
func (f *vaultFile) split(body []byte) error {
	switch {
	case len(body) < f.IdentitySize:
		return corrupt("key section truncated (%d of %d bytes)", len(body), f.IdentitySize)
	case len(body) < f.IdentitySize+f.PayloadSize:
		return corrupt("payload truncated (%d of %d bytes)", len(body)-f.IdentitySize, f.PayloadSize)
	case len(body) > f.IdentitySize+f.PayloadSize:
		return corrupt("%d unexpected bytes after the payload", len(body)-f.IdentitySize-f.PayloadSize)
	}
	f.identity = body[:f.IdentitySize:f.IdentitySize]
	f.payload = body[f.IdentitySize:]
	return nil
}

// checkSections checks that both sections look like the age files they must be.
func (f *vaultFile) checkSections() error {
	if !bytes.HasPrefix(f.identity, []byte(scryptTag)) {
		return corrupt("key section is not a passphrase-encrypted age file")
	}
	if !bytes.HasPrefix(f.payload, []byte(ageMagic)) {
		return corrupt("payload is not an age file")
	}
	return nil
}

// marshal returns the file bytes. It is the exact inverse of parseFile.
func (f *vaultFile) marshal() []byte {
	var buf bytes.Buffer
	buf.Grow(maxHeaderSize + len(f.identity) + len(f.payload))
	fmt.Fprintf(&buf, "%s%d\nid %s\nwork-factor %d\nidentity %d\npayload %d\n",
		magic, FormatVersion, f.VaultID, f.WorkFactor, len(f.identity), len(f.payload))
	sum := checksum(buf.Bytes(), f.identity, f.payload)
	fmt.Fprintf(&buf, "sha256 %x\n", sum)
	buf.Write(f.identity)
	buf.Write(f.payload)
	return buf.Bytes()
}

// checksum is the SHA-256 of the header lines before the sha256 line followed by
// both sections: the whole file with the sha256 line left out.
func checksum(parts ...[]byte) [sha256.Size]byte {
	h := sha256.New()
	for _, p := range parts {
		h.Write(p)
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

// headerParser reads "key value\n" lines; the first error sticks.
type headerParser struct {
	b   []byte
	off int
	err error
}

// line returns the next header line without its newline.
func (p *headerParser) line() string {
	if p.err != nil {
		return ""
	}
	rest := p.b[p.off:min(len(p.b), maxHeaderSize)]
	i := bytes.IndexByte(rest, '\n')
	if i < 0 {
		if len(p.b) < maxHeaderSize {
			p.err = corrupt("header truncated")
		} else {
			p.err = corrupt("header line too long")
		}
		return ""
	}
	p.off += i + 1
	return string(rest[:i])
}

// version parses the magic line. A larger version than this Coffer knows is
// ErrNewerVersion; anything else unexpected is corruption.
func (p *headerParser) version(v *int) error {
	if !bytes.HasPrefix(p.b, []byte(magic)) {
		if bytes.HasPrefix([]byte(magic), p.b) {
			return corrupt("header truncated")
		}
		return corrupt("not a Coffer vault file")
	}
	l := p.line()
	if p.err != nil {
		return p.err
	}
	n, err := parseDecimal(l[len(magic):], 1<<30)
	switch {
	case err != nil:
		return corrupt("bad format version %q", l[len(magic):])
	case n > FormatVersion:
		return fmt.Errorf("format version %d: %w", n, ErrNewerVersion)
	case n != FormatVersion:
		return corrupt("unknown format version %d", n)
	}
	*v = n
	return nil
}

// field reads the line "key value" and checks value with check.
func (p *headerParser) field(key string, check func(string) error) string {
	l := p.line()
	if p.err != nil {
		return ""
	}
	val, ok := bytes.CutPrefix([]byte(l), []byte(key+" "))
	if !ok {
		p.err = corrupt("header line %q missing", key)
		return ""
	}
	if err := check(string(val)); err != nil {
		p.err = corruptErr(fmt.Sprintf("header line %q", key), err)
		return ""
	}
	return string(val)
}

// number reads the line "key N" with lo <= N <= hi.
func (p *headerParser) number(key string, lo, hi int) int {
	var n int
	p.field(key, func(s string) (err error) {
		n, err = parseDecimal(s, hi)
		if err == nil && n < lo {
			err = fmt.Errorf("%d is below %d", n, lo)
		}
		return err
	})
	return n
}

// parseDecimal parses a canonical decimal number (no sign, no leading zero) <= hi.
func parseDecimal(s string, hi int) (int, error) {
	if s == "" || len(s) > 10 || (s[0] == '0' && len(s) > 1) {
		return 0, fmt.Errorf("not a number")
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("not a number")
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil || n > hi {
		return 0, fmt.Errorf("number out of range")
	}
	return n, nil
}

// parseID checks a vault ID: 32 lowercase hex digits.
func parseID(s string) error { return checkHex(s, 16) }

// parseSum checks a SHA-256 in lowercase hex.
func parseSum(s string) error { return checkHex(s, sha256.Size) }

func checkHex(s string, n int) error {
	if len(s) != 2*n {
		return fmt.Errorf("want %d hex digits, got %d characters", 2*n, len(s))
	}
	for _, c := range []byte(s) {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return fmt.Errorf("not lowercase hex")
		}
	}
	return nil
}
