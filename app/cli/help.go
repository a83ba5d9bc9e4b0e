package cli

import (
	"fmt"
	"io"
	"strings"
)

// helpDetails are extra lines under a command in `coffer help`.
var helpDetails = map[string][]string{
	"init":   {"new passphrase: $COFFER_PASSPHRASE, else asked twice; work factor 16..20"},
	"passwd": {"asks for the current passphrase even when the key is remembered;", "new one: --new-passphrase-file F, else $COFFER_NEW_PASSPHRASE, else asked twice"},
	"forget": {"asks for the current passphrase first"},
	"add": {"kinds: seed, slip39, private-key, password, recovery-codes, totp, note",
		"options: --username U --url U --notes N --tag T (repeatable)",
		"         --recovery-email E --recovery-phone P --recovery-hint H --recovery-url U",
		"the secret: piped in, or typed at the terminal without echo"},
	"edit": {"options as for add; the old secret is kept in the item's history"},
	"backup": {"[--paper a4|letter] [--item ID|TITLE]... [--png DIR] [--no-text]",
		"[--list-titles] [--hint-line] [--backup-passphrase-file F] [--work-factor N]",
		"[--location \"where the sheets are kept\"]",
		"backup passphrase: the file, else $COFFER_BACKUP_PASSPHRASE, else the vault",
		"passphrase (with a warning), else asked twice; work factor 15..20",
		"--shares K-of-N [--shares-out F] [--holder LABEL]...: a shared backup, no passphrase;",
		"any K of the N share sheets (written to F) together with the code pages restore it;",
		"--share-passphrase-file F adds a SLIP-39 passphrase (SLIP-39 never says it is wrong)"},
	"rm":      {"items in the trash for more than 30 days are deleted for good when the vault is opened or saved"},
	"trash":   {"--empty asks first (--yes skips the question; needed without a terminal)"},
	"purge":   {"--yes skips the question (needed without a terminal); the .bak copy forgets it too"},
	"history": {"--clear asks first (--yes skips the question); --json prints the earlier secrets"},
	"status": {"ledger states: printed, codes read (not decrypted), checked (decrypted);",
		"only checked backups count as up to date on paper"},
	"verify": {"[--backup ID] [--backup-passphrase-file F] [--quiet]",
		"exit 0 only when the backup decrypted (ledger: checked); with the codes",
		"alone it exits 1 (ledger: codes read); names codes set aside as bad;",
		"a shared backup opens with K share sheets (photos, PDF, or typed words) instead",
		"(and --share-passphrase-file F if its shares have a SLIP-39 passphrase);",
		"on a terminal both show the file being read and the codes found (--quiet: not)"},
	"restore": {"[--backup ID] [--backup-passphrase-file F] [--work-factor N] [--quiet]",
		"merges into the vault; --new PATH makes a new vault ($COFFER_NEW_PASSPHRASE,",
		"else the backup passphrase)"},
	"slip39": {"combines the shares (items of kind slip39) and says whether they form a valid set;",
		"--show-secret prints the master secret (--slip39-passphrase-file F: with that passphrase)"},
	"kit": {"[--paper a4|letter] [--list-titles]",
		"lists the paper backups and where they are kept; titles only with --list-titles;",
		"never a secret or a passphrase; never overwrites FILE"},
}

// Column widths of the command list.
const (
	helpNameWidth = 9
	helpArgsWidth = 30
)

func (c *cli) printHelp() { writeHelp(c.io.Stdout, commands()) }

// writeHelp prints the usage, one entry per command and how passphrases are found.
// README.md's command-line reference is this text (TestREADMEMatchesHelp).
func writeHelp(w io.Writer, cmds []command) {
	fmt.Fprintln(w, "Coffer keeps the keys you cannot afford to lose, encrypted, with paper backups.")
	fmt.Fprintln(w, "\nUsage: coffer [--vault PATH] COMMAND [options]   (no command opens the app)")
	fmt.Fprintln(w, "\nCommands:")
	indent := strings.Repeat(" ", 2+helpNameWidth+1)
	for _, cmd := range cmds {
		if len(cmd.args) > helpArgsWidth {
			fmt.Fprintf(w, "  %-*s %s\n%s%*s %s\n", helpNameWidth, cmd.name, cmd.args, indent, helpArgsWidth, "", cmd.summary)
		} else {
			fmt.Fprintf(w, "  %-*s %-*s %s\n", helpNameWidth, cmd.name, helpArgsWidth, cmd.args, cmd.summary)
		}
		for _, line := range helpDetails[cmd.name] {
			fmt.Fprintf(w, "%s%s\n", indent, line)
		}
	}
	fmt.Fprintln(w, "\nThe vault is --vault PATH, else $COFFER_VAULT, else the default in your config folder.")
	fmt.Fprintln(w, "Passphrase: --passphrase-file FILE, else $COFFER_PASSPHRASE, else the remembered")
	fmt.Fprintln(w, "key in the system keyring, else a prompt. $COFFER_*PASSPHRASE variables are removed")
	fmt.Fprintln(w, "from the environment once read. Errors: 'coffer: …' on standard error; exit 0 on")
	fmt.Fprintln(w, "success, 1 on failure, 2 for a usage mistake. Run 'coffer COMMAND -h' for its options.")
}
