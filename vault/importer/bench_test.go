package importer

import (
	"path/filepath"
	"testing"
)

// BenchmarkParseRealSamples times Parse (detection, key derivation,
// decryption, conversion) of each real sample, to show how long a wizard
// waits after the password: the KDF dominates for encrypted exports.
func BenchmarkParseRealSamples(b *testing.B) {
	dir := samplesDir(b)
	for _, c := range sampleCases {
		data, err := ReadFile(filepath.Join(dir, c.path))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.path, func(b *testing.B) {
			for b.Loop() {
				if _, err := Parse(c.path, data, Options{Password: c.password}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
