package export

import (
	"fmt"
	"strings"
	"sync"

	qrcode "github.com/skip2/go-qrcode"
)

// qrLevel is the QR error-correction level: M restores about 15% damaged modules.
const qrLevel = qrcode.Medium

// quietModules is the white border every code keeps around it, in modules.
const quietModules = 4

// qrMatrix returns the modules of the code for text, quiet zone included:
// m[y][x] is true for a dark module.
func qrMatrix(text string) ([][]bool, error) {
	q, err := qrcode.New(text, qrLevel)
	if err != nil {
		return nil, fmt.Errorf("qr: %d characters: %w", len(text), err)
	}
	return q.Bitmap(), nil
}

// frameTextLen is the QR text length of a frame carrying a shard of n bytes.
func frameTextLen(n int) int { return len(framePrefix) + ceilDiv((headerLen+n+crcLen)*8, 5) }

var capacityCache sync.Map // version → max shard bytes

// maxShardFor returns the largest shard whose frame text fits a QR code of version v.
func maxShardFor(v int) int {
	if c, ok := capacityCache.Load(v); ok {
		return c.(int)
	}
	lo, hi := 0, 4000 // lo fits (or is 0), hi does not
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		text := framePrefix + strings.Repeat("0", frameTextLen(mid)-len(framePrefix))
		if _, err := qrcode.NewWithForcedVersion(text, v, qrLevel); err == nil {
			lo = mid
		} else {
			hi = mid
		}
	}
	capacityCache.Store(v, lo)
	return lo
}
