package vault

import (
	"path/filepath"
	"testing"
	"time"
)

// reportCPU adds the process CPU time per operation since start to b's results.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// benchVault creates a vault with 10,000 realistic items, remembered in a fake
// keyring, and returns its options. The vault is closed.
func benchVault(b *testing.B, wf int) (string, Options) {
	b.Helper()
	opts := Options{WorkFactor: wf, AllowWeakWorkFactor: true, Keyring: newFakeKeyring(), MarkerDir: testMarkerDir}
	path := filepath.Join(b.TempDir(), "vault.coffer")
	v, err := Create(path, testPassphrase, opts)
	if err != nil {
		b.Fatal(err)
	}
	fillItems(v.Data(), 10_000, 42)
	if err := v.Save(); err != nil {
		b.Fatal(err)
	}
	if err := v.Remember(); err != nil {
		b.Fatal(err)
	}
	v.Close()
	return path, opts
}

// openBenchVault opens a benchVault with the keyring; it is closed at cleanup.
func openBenchVault(b *testing.B) (*Vault, string) {
	b.Helper()
	path, opts := benchVault(b, testWorkFactor)
	v, err := OpenRemembered(path, opts)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { v.Close() })
	return v, path
}

// BenchmarkSaveAfterOneEdit measures saving a 10,000-item vault after one change.
func BenchmarkSaveAfterOneEdit(b *testing.B) {
	v, path := openBenchVault(b)
	b.ResetTimer()
	defer reportCPU(b, cpuTime())
	for i := range b.N {
		v.Data().Items[i%len(v.Data().Items)].Notes += "."
		if err := v.Save(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(mustRead(b, path)))/(1<<20), "file-MiB")
}

// BenchmarkOpenRemembered measures a quick unlock of a 10,000-item vault.
func BenchmarkOpenRemembered(b *testing.B) {
	path, opts := benchVault(b, testWorkFactor)
	b.ResetTimer()
	defer reportCPU(b, cpuTime())
	for range b.N {
		v, err := OpenRemembered(path, opts)
		if err != nil {
			b.Fatal(err)
		}
		v.Close()
	}
}

// BenchmarkOpenPassphrase measures a passphrase unlock of a 10,000-item vault at
// the default work factor: about one scrypt plus BenchmarkOpenRemembered.
func BenchmarkOpenPassphrase(b *testing.B) {
	path, opts := benchVault(b, DefaultWorkFactor)
	b.ResetTimer()
	defer reportCPU(b, cpuTime())
	for range b.N {
		v, err := Open(path, testPassphrase, opts)
		if err != nil {
			b.Fatal(err)
		}
		v.Close()
	}
}

// BenchmarkUpdateOneEdit measures one change through Update on a 10,000-item
// vault: the copy of the document that makes rollback possible, plus the save.
func BenchmarkUpdateOneEdit(b *testing.B) {
	v, _ := openBenchVault(b)
	b.ResetTimer()
	defer reportCPU(b, cpuTime())
	for i := range b.N {
		if err := v.Update(func(d *Data) error {
			d.Items[i%len(d.Items)].Notes += "."
			return nil
		}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClone measures the copy Update and Snapshot make of a 10,000-item document.
func BenchmarkClone(b *testing.B) {
	d := NewData(t0)
	fillItems(d, 10_000, 42)
	b.ResetTimer()
	for range b.N {
		_ = d.Clone()
	}
}

// BenchmarkForgetCheck measures what each save adds to tell whether it dropped
// secrets the file held (so that .bak must follow): one index of 10,000 items
// and one comparison.
func BenchmarkForgetCheck(b *testing.B) {
	d := NewData(t0)
	fillItems(d, 10_000, 42)
	onDisk := keptOf(d)
	b.ResetTimer()
	for range b.N {
		if onDisk.droppedIn(keptOf(d)) {
			b.Fatal("nothing was dropped")
		}
	}
}
