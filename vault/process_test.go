package vault

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"testing"
)

// Helper child processes: the test binary re-executed with COFFER_TEST_HELPER
// set to a role and COFFER_TEST_VAULT to the vault path.

// runHelper runs a helper role and returns the exit code.
func runHelper(role string) int {
	path := os.Getenv("COFFER_TEST_VAULT")
	var err error
	switch role {
	case "hold-lock":
		err = helperHoldLock(path)
	case "save-loop":
		err = helperSaveLoop(path)
	default:
		err = fmt.Errorf("unknown helper role %q", role)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "helper:", err)
		return 1
	}
	return 0
}

// helperHoldLock opens the vault, says "ready" and keeps it open until stdin closes.
func helperHoldLock(path string) error {
	v, err := Open(path, testPassphrase, testOptions())
	if err != nil {
		return err
	}
	defer v.Close()
	fmt.Println("ready")
	_, err = io.Copy(io.Discard, os.Stdin)
	return err
}

// helperSaveLoop opens the vault, says "ready", then saves forever, each save
// setting the counter item to one more than before.
func helperSaveLoop(path string) error {
	// A quick unlock with the key handed over by the parent: no scrypt, so the
	// child starts saving sooner.
	kr := newFakeKeyring()
	hdr, err := ReadHeader(path)
	if err != nil {
		return err
	}
	kr.Set(keyringService, hdr.VaultID, os.Getenv("COFFER_TEST_KEYRING_ENTRY"))
	opts := testOptions()
	opts.Keyring = kr
	v, err := OpenRemembered(path, opts)
	if err != nil {
		return err
	}
	fmt.Println("ready")
	for {
		d := v.Data()
		n, err := crashCounter(d)
		if err != nil {
			return err
		}
		d.Items[0].Secret = strconv.Itoa(n + 1)
		fillItems(d, 1, uint64(n)) // the document grows, so sizes vary
		if err := v.Save(); err != nil {
			return err
		}
	}
}

// crashCounter returns the counter kept in the first item of a crash-test vault.
func crashCounter(d *Data) (int, error) {
	if len(d.Items) == 0 || d.Items[0].Title != "counter" {
		return 0, fmt.Errorf("no counter item")
	}
	return strconv.Atoi(d.Items[0].Secret)
}

// startHelper starts the test binary as a helper child and waits for its "ready".
func startHelper(t *testing.T, role, path string, env ...string) (*exec.Cmd, io.WriteCloser) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "COFFER_TEST_HELPER="+role, "COFFER_TEST_VAULT="+path)
	cmd.Env = append(cmd.Env, env...)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "ready\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("helper %s did not start: %q %v", role, line, err)
	}
	return cmd, stdin
}
