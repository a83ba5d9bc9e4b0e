package vault

import "errors"

// probeUser is the keyring user name CheckKeyring asks for; no entry has it.
const probeUser = "coffer-keyring-probe"

// CheckKeyring reports whether kr can be used for quick unlock: nil when it
// answers, an error matching ErrNoKeyring when no keyring is available (no D-Bus
// session, no Secret Service). It only reads an entry that does not exist, so it
// stores nothing and does not ask the user to unlock the keyring. It may block
// for as long as the system takes to answer: call it off the UI goroutine.
func CheckKeyring(kr Keyring) error {
	_, err := kr.Get(keyringService, probeUser)
	if err == nil || errors.Is(err, ErrNotRemembered) {
		return nil
	}
	return err
}
