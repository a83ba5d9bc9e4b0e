package export

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"strings"
)

// Frame layout constants; docs/PAPER.md has the table.
const (
	frameVersion = 1          // binary format version, byte 0 of every frame
	framePrefix  = "COFFER1:" // QR text prefix: format tag and version
	idLen        = 5          // backup ID bytes (8 Crockford characters)
	headerLen    = 17         // bytes before the shard
	crcLen       = 4          // CRC-32 after the shard
	maxFrames    = 256        // Reed-Solomon over GF(2^8) limit on data+parity
)

// Frame is one QR code of a backup: a header and one Reed-Solomon shard of the
// ciphertext. Index is 0-based; people see it as code number Index+1.
type Frame struct {
	BackupID    string // 8 Crockford characters
	Index       int    // 0-based frame index; data frames first, then parity
	DataCount   int    // data frames in the backup (any DataCount frames rebuild it)
	ParityCount int    // parity frames in the backup
	PerPage     int    // codes per printed page; frame i is on page i/PerPage
	PayloadLen  int    // ciphertext length in bytes
	Data        []byte // the shard: ceil(PayloadLen/DataCount) bytes
}

// Total is the number of frames in the backup.
func (f Frame) Total() int { return f.DataCount + f.ParityCount }

// shardLen is the length every shard of the backup has.
func (f Frame) shardLen() int { return ceilDiv(f.PayloadLen, f.DataCount) }

// Text is the QR text of the frame: "COFFER1:" and the record in Crockford base32.
func (f Frame) Text() string { return framePrefix + b32.EncodeToString(f.marshal()) }

// marshal returns the binary record, CRC included. It panics on a frame that
// validate rejects, which only a programming error can produce.
func (f Frame) marshal() []byte {
	if err := f.validate(); err != nil {
		panic("export: marshal of invalid frame: " + err.Error())
	}
	id, _ := decodeCrockford(f.BackupID)
	b := make([]byte, headerLen, headerLen+len(f.Data)+crcLen)
	b[0] = frameVersion
	copy(b[1:6], id)
	binary.BigEndian.PutUint16(b[6:], uint16(f.Index))
	binary.BigEndian.PutUint16(b[8:], uint16(f.DataCount))
	binary.BigEndian.PutUint16(b[10:], uint16(f.ParityCount))
	b[12] = byte(f.PerPage)
	binary.BigEndian.PutUint32(b[13:], uint32(f.PayloadLen))
	b = append(b, f.Data...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// validate checks that the header fields are consistent with each other.
func (f Frame) validate() error {
	switch id, err := decodeCrockford(f.BackupID); {
	case err != nil || len(id) != idLen || len(f.BackupID) != 8:
		return fmt.Errorf("backup ID %q: %w", f.BackupID, ErrCorrupt)
	case f.DataCount < 1 || f.ParityCount < 1 || f.Total() > maxFrames:
		return fmt.Errorf("frame counts %d+%d: %w", f.DataCount, f.ParityCount, ErrCorrupt)
	case f.Index < 0 || f.Index >= f.Total():
		return fmt.Errorf("frame index %d of %d: %w", f.Index, f.Total(), ErrCorrupt)
	case f.PerPage < 1 || f.PerPage > 255:
		return fmt.Errorf("codes per page %d: %w", f.PerPage, ErrCorrupt)
	case f.PayloadLen < 1 || f.PayloadLen > 1<<24:
		return fmt.Errorf("payload length %d: %w", f.PayloadLen, ErrCorrupt)
	case len(f.Data) != f.shardLen():
		return fmt.Errorf("shard of %d bytes, want %d: %w", len(f.Data), f.shardLen(), ErrCorrupt)
	}
	return nil
}

// ParseFrame reads the text of one QR code. It accepts lower case, surrounding
// spaces, and the look-alikes O for 0 and I or L for 1 in the base32 part.
func ParseFrame(s string) (Frame, error) {
	s = strings.TrimSpace(s)
	if len(s) < len(framePrefix) || !strings.EqualFold(s[:len("COFFER")], "COFFER") {
		return Frame{}, fmt.Errorf("frame: not a Coffer code: %w", ErrCorrupt)
	}
	if !strings.EqualFold(s[:len(framePrefix)], framePrefix) {
		return Frame{}, fmt.Errorf("frame: prefix %q: %w", s[:len(framePrefix)], ErrNewerFormat)
	}
	b, err := decodeCrockford(s[len(framePrefix):])
	if err != nil {
		return Frame{}, fmt.Errorf("frame: %w", err)
	}
	return unmarshalFrame(b)
}

// unmarshalFrame parses and checks a binary record.
func unmarshalFrame(b []byte) (Frame, error) {
	if len(b) > 0 && b[0] > frameVersion {
		return Frame{}, fmt.Errorf("frame: version %d: %w", b[0], ErrNewerFormat)
	}
	if len(b) < headerLen+1+crcLen {
		return Frame{}, fmt.Errorf("frame: %d bytes is too short: %w", len(b), ErrCorrupt)
	}
	body, sum := b[:len(b)-crcLen], binary.BigEndian.Uint32(b[len(b)-crcLen:])
	if crc32.ChecksumIEEE(body) != sum {
		return Frame{}, fmt.Errorf("frame: checksum mismatch: %w", ErrCorrupt)
	}
	if b[0] != frameVersion {
		return Frame{}, fmt.Errorf("frame: version %d: %w", b[0], ErrCorrupt)
	}
	f := Frame{
		BackupID:    b32.EncodeToString(b[1:6]),
		Index:       int(binary.BigEndian.Uint16(b[6:])),
		DataCount:   int(binary.BigEndian.Uint16(b[8:])),
		ParityCount: int(binary.BigEndian.Uint16(b[10:])),
		PerPage:     int(b[12]),
		PayloadLen:  int(binary.BigEndian.Uint32(b[13:])),
		Data:        append([]byte(nil), body[headerLen:]...),
	}
	if err := f.validate(); err != nil {
		return Frame{}, fmt.Errorf("frame: %w", err)
	}
	return f, nil
}

// ceilDiv returns ⌈a/b⌉ for positive b.
func ceilDiv(a, b int) int { return (a + b - 1) / b }
