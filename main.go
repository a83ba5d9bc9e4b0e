// Command coffer keeps the keys people cannot afford to lose: seed phrases, private
// keys, recovery codes, TOTP secrets and passwords, in an encrypted local vault with
// paper backups. With no arguments it opens the desktop app; with a subcommand it runs
// the same operations on the command line.
package main

import (
	"os"

	"coffer/app/cli"
	"coffer/app/gui"
)

func main() {
	if len(os.Args) > 1 {
		os.Exit(cli.Run(os.Args[1:], cli.StdIO()))
	}
	os.Exit(gui.Run())
}
