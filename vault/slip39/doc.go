// Package slip39 implements SLIP-0039, Shamir's secret sharing for mnemonic
// codes (https://github.com/satoshilabs/slips/blob/master/slip-0039.md).
//
// A master secret (16 bytes or more, an even count) is encrypted with a
// passphrase by a four-round Feistel network (PBKDF2-HMAC-SHA256, 10000<<e
// iterations in all), then split in two levels: GroupThreshold of the groups
// are needed, and inside each group MemberThreshold of its members. Every share
// is a mnemonic of 10-bit words from a fixed list of 1024:
//
//	identifier (15 bits) | extendable (1) | iteration exponent (4)
//	group index (4) | group threshold-1 (4) | group count-1 (4)
//	member index (4) | member threshold-1 (4)
//	share value, zero-padded at the front to a multiple of 10 bits
//	RS1024 checksum (3 words; customization "shamir" or "shamir_extendable")
//
// A 128-bit secret gives 20 words, a 256-bit secret 33 words.
//
// # Threat model
//
// Fewer shares than the threshold say nothing about the secret (each byte is a
// point of a random polynomial over GF(256)). A full set made with a wrong
// passphrase gives a different secret without any error: that is by design of
// SLIP-39 (plausible deniability), so callers must say so to users. The
// checksum catches typing mistakes in one share; the 4-byte digest share
// catches shares from different sets that happen to share an identifier.
// Randomness comes from crypto/rand only. Intermediate secrets are wiped where
// Go lets us; the caller owns (and should wipe) the master secret it passes or
// receives.
//
// Coffer uses one group of K-of-N members (SplitOneGroup); Split and Combine
// also handle the full group scheme, as proven by the official test vectors.
package slip39
