package importer

import (
	"bufio"
	"bytes"
	"encoding/base32"
	"encoding/base64"
	"fmt"
	"net/url"
	"strings"

	"google.golang.org/protobuf/encoding/protowire"
)

// Google Authenticator's "Transfer accounts" QR codes hold
// otpauth-migration://offline?data=BASE64 where data is a MigrationPayload:
//
//	message MigrationPayload {
//	  repeated OtpParameters otp_parameters = 1;
//	  int32 version = 2; int32 batch_size = 3; int32 batch_index = 4; int32 batch_id = 5;
//	}
//	message OtpParameters {
//	  bytes secret = 1; string name = 2; string issuer = 3;
//	  Algorithm algorithm = 4;  // 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5
//	  DigitCount digits = 5;    // 1 six, 2 eight
//	  OtpType type = 6;         // 1 HOTP, 2 TOTP
//	  int64 counter = 7;
//	}

// batch identifies one QR code of a multi-code transfer.
type batch struct{ id, index, size int64 }

// migrationPrefix starts every Google Authenticator transfer link.
const migrationPrefix = "otpauth-migration://"

// parseMigrationText reads every otpauth-migration:// link in text, and any
// otpauth:// link beside them (one per line; other lines, such as comments,
// are ignored).
func parseMigrationText(text []byte) ([]Entry, []batch, error) {
	var entries []Entry
	var batches []batch
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(make([]byte, 64<<10), MaxSize)
	n := 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(strings.ToLower(line), "otpauth://") {
			o, err := parseOTPAuth(line)
			if err != nil {
				return nil, nil, err
			}
			entries = append(entries, o.entry())
			continue
		}
		if !strings.HasPrefix(strings.ToLower(line), migrationPrefix) {
			continue
		}
		n++
		es, b, err := parseMigrationURI(line)
		if err != nil {
			return nil, nil, fmt.Errorf("migration link %d: %w", n, err)
		}
		entries, batches = append(entries, es...), append(batches, b)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("read links: %w", ErrMalformed)
	}
	return entries, batches, nil
}

// parseMigrationURI decodes one otpauth-migration://offline?data=… link.
func parseMigrationURI(s string) ([]Entry, batch, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || !strings.EqualFold(u.Scheme, "otpauth-migration") || !strings.EqualFold(u.Host, "offline") {
		return nil, batch{}, fmt.Errorf("not a Google Authenticator transfer link: %w", ErrMalformed)
	}
	data := u.Query().Get("data")
	raw, err := decodeBase64(data)
	if err != nil || len(raw) == 0 {
		return nil, batch{}, fmt.Errorf("transfer link: data is not base64: %w", ErrMalformed)
	}
	return decodeMigration(raw)
}

// decodeBase64 accepts standard or URL base64, padded or not (query parsing
// turns an unescaped '+' into a space, so spaces are read back as '+').
func decodeBase64(s string) ([]byte, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "+")
	s = strings.TrimRight(s, "=")
	if b, err := base64.RawStdEncoding.DecodeString(s); err == nil {
		return b, nil
	}
	return base64.RawURLEncoding.DecodeString(s)
}

// decodeMigration decodes a MigrationPayload message.
func decodeMigration(b []byte) ([]Entry, batch, error) {
	var entries []Entry
	bt := batch{size: 1}
	err := eachField(b, func(num protowire.Number, typ protowire.Type, v []byte, n uint64) error {
		switch {
		case num == 1 && typ == protowire.BytesType:
			e, err := decodeOTPParameters(v)
			if err != nil {
				return err
			}
			entries = append(entries, e)
		case num == 3 && typ == protowire.VarintType:
			bt.size = int64(int32(n))
		case num == 4 && typ == protowire.VarintType:
			bt.index = int64(int32(n))
		case num == 5 && typ == protowire.VarintType:
			bt.id = int64(int32(n))
		}
		return nil
	})
	if err != nil {
		return nil, batch{}, err
	}
	return entries, bt, nil
}

// decodeOTPParameters decodes one OtpParameters message into an entry.
func decodeOTPParameters(b []byte) (Entry, error) {
	var secret []byte
	var o otp
	var algo, digits, typ uint64
	err := eachField(b, func(num protowire.Number, wt protowire.Type, v []byte, n uint64) error {
		switch {
		case num == 1 && wt == protowire.BytesType:
			secret = v
		case num == 2 && wt == protowire.BytesType:
			o.account = string(v)
		case num == 3 && wt == protowire.BytesType:
			o.issuer = string(v)
		case num == 4 && wt == protowire.VarintType:
			algo = n
		case num == 5 && wt == protowire.VarintType:
			digits = n
		case num == 6 && wt == protowire.VarintType:
			typ = n
		}
		return nil
	})
	if err != nil {
		return Entry{}, err
	}
	o.secret = base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(secret)
	o.algorithm = map[uint64]string{0: "SHA1", 1: "SHA1", 2: "SHA256", 3: "SHA512", 4: "MD5"}[algo]
	if o.algorithm == "" {
		o.algorithm = fmt.Sprintf("unknown (%d)", algo)
	}
	o.digits = map[uint64]int{0: 6, 1: 6, 2: 8}[digits]
	if o.digits == 0 {
		o.digits = -1
	}
	o.typ = map[uint64]string{0: "totp", 1: "hotp", 2: "totp"}[typ]
	if o.typ == "" {
		o.typ = fmt.Sprintf("unknown (%d)", typ)
	}
	// Google strips "Issuer:" from the name only sometimes.
	if o.issuer != "" {
		o.account = strings.TrimPrefix(o.account, o.issuer+":")
	}
	return o.entry(), nil
}

// eachField walks a protobuf message, giving each field's bytes (for
// length-delimited fields) or number (for varints); other wire types are skipped.
func eachField(b []byte, f func(num protowire.Number, typ protowire.Type, v []byte, n uint64) error) error {
	for len(b) > 0 {
		num, typ, l := protowire.ConsumeTag(b)
		if l < 0 {
			return fmt.Errorf("transfer data: %w", ErrMalformed)
		}
		b = b[l:]
		var v []byte
		var n uint64
		switch typ {
		case protowire.BytesType:
			v, l = protowire.ConsumeBytes(b)
		case protowire.VarintType:
			n, l = protowire.ConsumeVarint(b)
		default:
			l = protowire.ConsumeFieldValue(num, typ, b)
		}
		if l < 0 {
			return fmt.Errorf("transfer data: %w", ErrMalformed)
		}
		b = b[l:]
		if err := f(num, typ, v, n); err != nil {
			return err
		}
	}
	return nil
}

const batchWarningPrefix = "Google Authenticator transfer"

// batchWarnings names the QR codes of each batch that were not read.
func batchWarnings(batches []batch) []string {
	seen := map[int64]map[int64]bool{}
	size := map[int64]int64{}
	var order []int64
	for _, b := range batches {
		if b.size <= 1 {
			continue
		}
		if seen[b.id] == nil {
			seen[b.id] = map[int64]bool{}
			order = append(order, b.id)
		}
		seen[b.id][b.index], size[b.id] = true, max(size[b.id], b.size)
	}
	var out []string
	for _, id := range order {
		var missing []string
		for i := int64(0); i < size[id] && i < 1000; i++ {
			if !seen[id][i] {
				missing = append(missing, fmt.Sprint(i+1))
			}
		}
		if len(missing) > 0 {
			out = append(out, fmt.Sprintf("%s: QR code %s of %d not read; add its screenshot to import those accounts too",
				batchWarningPrefix, strings.Join(missing, ", "), size[id]))
		}
	}
	return out
}

func isBatchWarning(w string) bool { return strings.HasPrefix(w, batchWarningPrefix) }
