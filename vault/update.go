package vault

import "fmt"

// Snapshot returns a deep copy of the document for reading: changing it changes
// nothing in the vault. It is nil after Close.
func (v *Vault) Snapshot() *Data {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.data.Clone()
}

// Update changes the document as one transaction: f works on a copy, and when f
// and the save both succeed the copy becomes the vault's document. When f
// returns an error, Update returns it unchanged and writes nothing; when the
// save fails (ErrChangedOnDisk, ErrReadOnly, a full disk...), Update returns
// the error wrapped. Either way the vault's document is exactly as before
// (except when the new file is in place and only syncing its folder failed:
// then the new document stays and the error is returned).
// f must not keep d after it returns, nor call other methods of v.
func (v *Vault) Update(f func(d *Data) error) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if err := v.checkWritable(); err != nil {
		return fmt.Errorf("save vault: %w", err)
	}
	d := v.data.Clone()
	if err := f(d); err != nil {
		return err
	}
	old := v.data
	v.data = d
	written, err := v.save(false)
	if !written {
		v.data = old
	}
	if err != nil {
		return fmt.Errorf("save vault: %w", err)
	}
	return nil
}
