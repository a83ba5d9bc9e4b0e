package slip39

// GF(256) with the AES polynomial x^8+x^4+x^3+x+1 and generator x+1 (3), as
// SLIP-39 specifies.
var expTable, logTable = gfTables()

func gfTables() (exp [255]byte, log [256]byte) {
	poly := 1
	for i := range 255 {
		exp[i] = byte(poly)
		log[poly] = byte(i)
		poly = (poly << 1) ^ poly
		if poly&0x100 != 0 {
			poly ^= 0x11b
		}
	}
	return exp, log
}

// rawShare is one point (x, y[]) of the byte-wise polynomials.
type rawShare struct {
	x    byte
	data []byte
}

// interpolate evaluates at x the polynomials through the given points
// (Lagrange). The x coordinates must be distinct and the lengths equal; the
// callers check both.
func interpolate(shares []rawShare, x byte) []byte {
	for _, s := range shares {
		if s.x == x {
			return append([]byte(nil), s.data...)
		}
	}
	logProd := 0
	for _, s := range shares {
		logProd += int(logTable[s.x^x])
	}
	out := make([]byte, len(shares[0].data))
	for _, s := range shares {
		logBasis := logProd - int(logTable[s.x^x])
		for _, o := range shares {
			if o.x != s.x {
				logBasis -= int(logTable[s.x^o.x])
			}
		}
		logBasis = ((logBasis % 255) + 255) % 255
		for i, v := range s.data {
			if v != 0 {
				out[i] ^= expTable[(int(logTable[v])+logBasis)%255]
			}
		}
	}
	return out
}
