package slip39

// RS1024 is the Reed-Solomon checksum over GF(1024) of SLIP-39: three words
// that detect any error in up to three words and most others.
const checksumWords = 3

var rsGen = [10]uint32{0xE0E040, 0x1C1C080, 0x3838100, 0x7070200, 0xE0E0009,
	0x1C0C2412, 0x38086C24, 0x3090FC48, 0x21B1F890, 0x3F3F120}

func customization(extendable bool) string {
	if extendable {
		return "shamir_extendable"
	}
	return "shamir"
}

func polymod(values []int) uint32 {
	chk := uint32(1)
	for _, v := range values {
		b := chk >> 20
		chk = (chk&0xFFFFF)<<10 ^ uint32(v)
		for i := range 10 {
			if (b>>i)&1 != 0 {
				chk ^= rsGen[i]
			}
		}
	}
	return chk
}

func withCustomization(extendable bool, data []int) []int {
	cs := customization(extendable)
	v := make([]int, 0, len(cs)+len(data)+checksumWords)
	for i := 0; i < len(cs); i++ {
		v = append(v, int(cs[i]))
	}
	return append(v, data...)
}

// rsChecksum returns the three checksum words for data (without checksum).
func rsChecksum(extendable bool, data []int) [checksumWords]int {
	pm := polymod(append(withCustomization(extendable, data), 0, 0, 0)) ^ 1
	var out [checksumWords]int
	for i := range checksumWords {
		out[i] = int(pm>>(10*(2-i))) & 1023
	}
	return out
}

// rsVerify reports whether data (checksum included) has a valid checksum.
func rsVerify(extendable bool, data []int) bool {
	return polymod(withCustomization(extendable, data)) == 1
}
