// Package cli is Coffer's command line: one binary, a subcommand per operation
// (coffer help). It reaches files and the OS keyring only through packages vault and export,
// and imports no Fyne.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"coffer/app/internal/explain"
	"coffer/app/internal/harden"
	_ "coffer/app/internal/quietlocale" // before Fyne's init logs about the C locale
	"coffer/vault"
)

// IO is what a command-line run reads from and writes to; tests replace every part.
type IO struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// StderrTerminal says Stderr is a terminal: verify and restore then show
	// which file they read and how far, on one line rewritten in place.
	StderrTerminal bool
	// Getenv reads an environment variable.
	Getenv func(string) string
	// Unsetenv removes a variable from the process environment; Run calls it for every
	// secret variable (secretEnv) as soon as it has read them, so no child process (a
	// D-Bus or keyring daemon started on our behalf) inherits a passphrase. nil does
	// nothing.
	Unsetenv func(string) error
	// ReadPassword prompts for a passphrase without echo; nil means no terminal.
	ReadPassword func(prompt string) (string, error)
	// Keyring is the OS keyring; nil uses the system one.
	Keyring vault.Keyring
	// Now is the clock; nil uses time.Now.
	Now func() time.Time
	// TestWorkFactors lets --work-factor go below the minimums so tests run fast.
	// Only tests set it; StdIO never does, and no flag or variable reaches it.
	TestWorkFactors bool
	// MarkerDir is where vault notes which vaults this device remembers; "" is the
	// default in the config folder. Tests that remember vaults set a temporary one.
	MarkerDir string
}

// StdIO returns the IO of the running process.
func StdIO() IO {
	sio := IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Unsetenv: os.Unsetenv,
		StderrTerminal: term.IsTerminal(int(os.Stderr.Fd()))}
	if term.IsTerminal(int(os.Stdin.Fd())) {
		sio.ReadPassword = func(prompt string) (string, error) {
			fmt.Fprint(os.Stderr, prompt)
			b, err := term.ReadPassword(int(os.Stdin.Fd()))
			fmt.Fprintln(os.Stderr)
			return string(b), err
		}
	}
	return sio
}

// errUsage marks a command-line mistake; the process exits with status 2.
var errUsage = errors.New("usage")

// command is one subcommand of the command line.
type command struct {
	name    string
	args    string
	summary string
	run     func(c *cli, args []string) error
}

// cli holds the state of one command-line run.
type cli struct {
	io        IO
	vaultPath string
	// passphrase is the vault passphrase typed or given in this run, if any; the
	// backup command reuses it as the default backup passphrase.
	passphrase string
	// secrets holds the secret environment variables, read (and cleared) at start.
	secrets map[string]string
	// sharePass is the SLIP-39 passphrase of a shared backup being opened
	// (--share-passphrase-file), "" for none.
	sharePass string
}

func commands() []command {
	cmds := append(vaultCommands(), itemCommands()...)
	return append(cmds, paperCommands()...)
}

// Run runs one command line (without the program name) and returns the exit status:
// 0 success, 1 failure, 2 usage error.
func Run(args []string, sio IO) int {
	sio = consoleIO(sio) // Windows: print to the console coffer.exe was started from
	if err := harden.DisableCoreDumps(); err != nil {
		fmt.Fprintf(sio.Stderr, "coffer: warning: %v; a crash could leave secrets in a core file\n", err)
	}
	c := &cli{io: sio, secrets: takeSecrets(sio)}
	args, err := c.parseGlobal(args)
	if err == nil {
		err = c.dispatch(args)
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(sio.Stderr, "coffer: %s\n", strings.TrimPrefix(err.Error(), "usage: "))
		fmt.Fprintln(sio.Stderr, "run 'coffer help' for the list of commands")
		return 2
	}
	fmt.Fprintf(sio.Stderr, "coffer: %s\n", explain.Error(err))
	return 1
}

// parseGlobal takes --vault PATH (or --vault=PATH) before the subcommand.
func (c *cli) parseGlobal(args []string) ([]string, error) {
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[0], "-"), "=")
		if name != "vault" {
			return nil, fmt.Errorf("%w: unknown option %s before the command", errUsage, args[0])
		}
		args = args[1:]
		if !hasValue {
			if len(args) == 0 {
				return nil, fmt.Errorf("%w: --vault needs a path", errUsage)
			}
			value, args = args[0], args[1:]
		}
		c.vaultPath = value
	}
	return args, nil
}

func (c *cli) dispatch(args []string) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		c.printHelp()
		return nil
	}
	for _, cmd := range commands() {
		if cmd.name == args[0] {
			return cmd.run(c, args[1:])
		}
	}
	return fmt.Errorf("%w: unknown command %q", errUsage, args[0])
}

// flags returns a flag set for a subcommand with the options every command shares.
func (c *cli) flags(name string) (*flag.FlagSet, *commonFlags) {
	fs := flag.NewFlagSet("coffer "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	cf := &commonFlags{}
	fs.StringVar(&c.vaultPath, "vault", c.vaultPath, "vault file `path`")
	fs.StringVar(&cf.passphraseFile, "passphrase-file", "", "read the vault passphrase from `file` (first line)")
	return fs, cf
}

// parse parses flags and positional arguments in any order, turning flag errors into
// usage errors. The positional arguments are then in fs.Args().
func (c *cli) parse(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintf(c.io.Stdout, "Usage of %s:\n", fs.Name())
				fs.SetOutput(c.io.Stdout)
				fs.PrintDefaults()
				return err
			}
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			positional = append(positional, args[1:]...)
			break
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
	return fs.Parse(append([]string{"--"}, positional...))
}

// noArgs refuses positional arguments for commands that take none.
func noArgs(fs *flag.FlagSet) error {
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	return nil
}

// oneArg returns the single positional argument a command needs.
func oneArg(fs *flag.FlagSet, what string) (string, error) {
	if fs.NArg() != 1 {
		return "", fmt.Errorf("%w: %s needs exactly one %s", errUsage, strings.TrimPrefix(fs.Name(), "coffer "), what)
	}
	return fs.Arg(0), nil
}

// commonFlags are the options shared by every command that opens a vault.
type commonFlags struct {
	passphraseFile string
}

// stringList is a repeatable string flag (--tag a --tag b).
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }
