package cli

import (
	"flag"
	"fmt"

	"coffer/export"
)

// sharePassFlag is the option that gives the SLIP-39 passphrase of a shared backup.
const sharePassFlag = "share-passphrase-file"

// registerSharePassphrase adds --share-passphrase-file to a command.
func registerSharePassphrase(fs *flag.FlagSet, dst *string, what string) {
	fs.StringVar(dst, sharePassFlag, "", what)
}

// readSharePassphrase reads the SLIP-39 passphrase from its file ("" when none was
// given) and checks it is printable ASCII, as SLIP-39 requires.
func readSharePassphrase(file string) (string, error) {
	if file == "" {
		return "", nil
	}
	p, err := readPassphraseFile(file)
	if err != nil {
		return "", fmt.Errorf("--%s: %w", sharePassFlag, err)
	}
	if err := export.CheckSharePassphrase(p); err != nil {
		return "", fmt.Errorf("--%s: %w", sharePassFlag, err)
	}
	return p, nil
}
