package export

import (
	"fmt"

	"github.com/klauspost/reedsolomon"
)

// plan is how a ciphertext is cut into frames and pages.
//
// The rule (docs/PAPER.md): with c codes per page and k = ⌈L/S⌉ data frames for a
// ciphertext of L bytes and at most S shard bytes per code, a backup with k < c fits one
// page and gets m = c − k parity frames; otherwise it takes p = ⌈k/c⌉ + 1 pages and
// m = p·c − k parity frames. Every page is full, holds c ≤ m frames, and any m frames
// may be lost, so one whole page (and on one page at least one code) can go missing.
type plan struct {
	data, parity int // k and m
	perPage      int // c
	pages        int // p
	shard        int // bytes per shard, ⌈L/k⌉
}

// planFrames computes the plan for n ciphertext bytes.
func planFrames(n, perPage, maxShard int) (plan, error) {
	if n < 1 || perPage < 2 || maxShard < 1 {
		return plan{}, fmt.Errorf("plan: %d bytes, %d codes per page, %d per code: %w", n, perPage, maxShard, ErrCorrupt)
	}
	p := plan{data: ceilDiv(n, maxShard), perPage: perPage, pages: 1}
	if p.data >= perPage {
		p.pages = ceilDiv(p.data, perPage) + 1
	}
	p.parity = p.pages*perPage - p.data
	if p.data+p.parity > maxFrames {
		return plan{}, fmt.Errorf("plan: %d bytes need %d codes, at most %d fit: %w", n, p.data+p.parity, maxFrames, ErrTooLarge)
	}
	p.shard = ceilDiv(n, p.data)
	return p, nil
}

// encodeShards cuts ciphertext into p.data zero-padded shards and appends p.parity
// Reed-Solomon parity shards.
func encodeShards(ciphertext []byte, p plan) ([][]byte, error) {
	shards := make([][]byte, p.data+p.parity)
	for i := range shards {
		shards[i] = make([]byte, p.shard)
		if i < p.data && i*p.shard < len(ciphertext) {
			copy(shards[i], ciphertext[i*p.shard:])
		}
	}
	enc, err := reedsolomon.New(p.data, p.parity)
	if err != nil {
		return nil, fmt.Errorf("parity: %w", err)
	}
	if err := enc.Encode(shards); err != nil {
		return nil, fmt.Errorf("parity: %w", err)
	}
	return shards, nil
}

// rebuildCiphertext restores the ciphertext from shards, nil where a frame is missing.
func rebuildCiphertext(shards [][]byte, data, parity, payloadLen int) ([]byte, error) {
	enc, err := reedsolomon.New(data, parity)
	if err != nil {
		return nil, fmt.Errorf("parity: %w", err)
	}
	if err := enc.ReconstructData(shards); err != nil {
		return nil, fmt.Errorf("parity: %w: %w", ErrIncomplete, err)
	}
	out := make([]byte, 0, data*len(shards[0]))
	for _, s := range shards[:data] {
		out = append(out, s...)
	}
	return out[:payloadLen], nil
}
