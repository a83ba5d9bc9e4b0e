package vault

import (
	"errors"
	"testing"
)

func TestLockedByAnotherProcess(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	path := v.Path()
	v.Close()

	cmd, stdin := startHelper(t, "hold-lock", path)
	_, err := Open(path, testPassphrase, opts)
	if !errors.Is(err, ErrLocked) {
		t.Errorf("Open while another process holds it = %v, want ErrLocked", err)
	}
	if _, err := OpenRemembered(path, opts); !errors.Is(err, ErrLocked) {
		t.Errorf("OpenRemembered = %v, want ErrLocked", err)
	}
	ro := opts
	ro.ReadOnly = true
	if r, err := Open(path, testPassphrase, ro); err != nil {
		t.Errorf("read-only Open while locked: %v", err)
	} else {
		r.Close()
	}
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	mustOpen(t, path, opts)
}

func TestLockedInProcess(t *testing.T) {
	opts := testOptions()
	v := newTestVault(t, opts)
	if _, err := Open(v.Path(), testPassphrase, opts); !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open = %v, want ErrLocked", err)
	}
	if err := v.Save(); err != nil {
		t.Fatalf("holder cannot save after a refused Open: %v", err)
	}
}
