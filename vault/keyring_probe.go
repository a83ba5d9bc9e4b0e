package vault

import "errors"

// probeUser is the keyring user name CheckKeyring asks for; no entry has it.
const probeUser = "coffer-keyring-probe"

// CheckKeyring reports whether kr can be used for quick unlock: nil when it
// answers, an error matching ErrNoKeyring when no keyring is available (no D-Bus
// session, no Secret Service). OSKeyring is asked through the session bus only,
// so the check never prompts the user to unlock the keyring; another Keyring is
// asked for an entry that does not exist. It stores nothing, and may block for as
// long as the system takes to answer: call it off the UI goroutine.
func CheckKeyring(kr Keyring) error {
	if c, ok := kr.(interface{ Available() error }); ok {
		return c.Available()
	}
	_, err := kr.Get(keyringService, probeUser)
	if err == nil || errors.Is(err, ErrNotRemembered) {
		return nil
	}
	return err
}

// Available reports, without prompting, whether the system keyring can be used:
// an error matching ErrNoKeyring when there is no session bus or no Secret
// Service on it (Linux and the other D-Bus systems); nil elsewhere.
func (OSKeyring) Available() error {
	if err := checkSessionBus(); err != nil {
		return err
	}
	return secretServiceOnBus()
}
