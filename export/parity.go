package export

import (
	"fmt"

	"github.com/klauspost/reedsolomon"
)

// plan is how a ciphertext is cut into frames and pages.
//
// The redundancy floor (docs/PAPER.md, "Parity rule"): with c codes per page and
// k = ⌈L/S⌉ data frames for a ciphertext of L bytes and at most S shard bytes per code,
//   - one code page when k ≤ ⌊2c/3⌋ (8 of 12): m = c − k parity frames, so at least a
//     third of the page's codes may be lost;
//   - otherwise p = ⌈k/(c−2)⌉ + 1 pages and m = p·c − k ≥ c + 2(p−1) parity frames, so
//     any one whole page may be lost and, beyond it, 2 more codes on every other page.
//
// Every page is full and any m frames may be lost.
type plan struct {
	data, parity int // k and m
	perPage      int // c
	pages        int // p
	shard        int // bytes per shard, ⌈L/k⌉
}

// spareOnOtherPages is how many codes beyond a lost page every other page may lose.
const spareOnOtherPages = 2

// planFrames computes the plan for n ciphertext bytes.
func planFrames(n, perPage, maxShard int) (plan, error) {
	if n < 1 || perPage <= spareOnOtherPages || maxShard < 1 {
		return plan{}, fmt.Errorf("plan: %d bytes, %d codes per page, %d per code: %w", n, perPage, maxShard, ErrCorrupt)
	}
	p := plan{data: ceilDiv(n, maxShard), perPage: perPage, pages: 1}
	if p.data > onePageData(perPage) {
		p.pages = ceilDiv(p.data, perPage-spareOnOtherPages) + 1
	}
	p.parity = p.pages*perPage - p.data
	if p.data+p.parity > maxFrames {
		return plan{}, fmt.Errorf("plan: %d bytes need %d codes, at most %d fit: %w", n, p.data+p.parity, maxFrames, ErrTooLarge)
	}
	p.shard = ceilDiv(n, p.data)
	return p, nil
}

// onePageData is the most data frames a one-page backup holds: two thirds of the page.
func onePageData(perPage int) int { return perPage * 2 / 3 }

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
