// Package strength is Coffer's passphrase strength rule, shared by the desktop app and
// the command line: a zxcvbn score (0–4) and the words that describe it, and the
// six-word suggestion the app offers.
//
// Threat model: a vault file or a paper backup sheet that falls into the wrong hands
// can be attacked offline, one scrypt per guess, for as long as the attacker likes.
// The only defence left then is a passphrase that is hard to guess, so a new vault or
// backup passphrase must reach MinScore. zxcvbn estimates guesses against
// dictionaries, keyboard patterns, dates and repeats; it is an estimate, not a proof,
// which is why the app suggests random words instead of relying on it alone.
package strength
