package vault

// GuideText is one titled section of the lost-key guide.
type GuideText struct {
	Title, Text string
}

// LostGuide is the text of every step of the "I lost this key" guide, fitted to one
// kind of key: a seed phrase is held by the user alone and nobody can reset it, while
// a password or a second factor is reset by the provider. SecurityReview holds the
// checklist of the review step.
type LostGuide struct {
	Lost   string // the first step's opening when the key is lost
	Stolen string // the first step's opening when the key may be known to someone
	// GetBack is the second step's section beside "From paper".
	GetBack GuideText
	// Provider: the recovery route recorded with the provider helps get the key back,
	// so the second step shows it (or NoRoute when none is recorded).
	Provider bool
	NoRoute  string
	Duty     string    // the review step's closing warning
	NewKey   GuideText // the last step: put the new key in Coffer
	Paper    GuideText // the last step: put it on paper
	Protect  GuideText // the last step: protect it from now on
}

// Lost returns the guide's texts for a key of kind k.
func Lost(k Kind) LostGuide { return *k.entry().lost }

// paperAgain is the "put it on paper" section every kind shares.
var paperAgain = GuideText{"Put it on paper", "Your printouts still hold the old key. Print a new backup so the paper " +
	"matches, and destroy the old sheets once the new ones are checked."}

const lookFirst = "Before you treat the key as gone, look for it. Many \"lost\" keys turn up in one of these places, " +
	"and a key you find again needs no reset."

// walletGuide is for a seed phrase or a private key: self-custody.
var walletGuide = LostGuide{
	Lost: "Before you treat the words as gone, look for them in these places. Nobody else holds a copy: " +
		"what you find here, or on your own paper, is the only way back to the funds.",
	Stolen: "If someone else may know these words, they can take the funds at any moment, from anywhere, " +
		"and nobody can stop or reverse that. The only remedy is to move the funds to a new wallet now (step 3). " +
		"First make sure you still have the words or a device that opens the wallet.",
	GetBack: GuideText{"Nobody can reset it", "A seed phrase or private key is held by you alone: no exchange, bank, " +
		"wallet maker or Coffer can reset it or send you a copy. If a device still opens the wallet (a hardware wallet, " +
		"or an app that is still unlocked), move the funds to a new wallet now, while you can. If the words are lost " +
		"and no backup exists, the funds in this wallet are gone."},
	Duty: "Nobody can freeze, stop or reverse a transfer made with this key. If the key may be known to someone " +
		"else, moving the funds to a new wallet is the only thing that protects them: do it before anything else.",
	NewKey: GuideText{"Put the new wallet in Coffer", "Store the new wallet's words or key in this item (or a new one). " +
		"The old value stays in the item's history, for the old addresses."},
	Paper: paperAgain,
	Protect: GuideText{"Check the new backup before the funds move", "Restore the new paper backup once, and see " +
		"the words match, before you send everything to the new wallet. Never type the words into a website."},
}

// slip39Guide is for one SLIP-39 share: self-custody, where a share alone opens
// nothing and enough shares of the set open the wallet.
var slip39Guide = LostGuide{
	Lost: "Before you treat the share as gone, look for it in these places. A share alone opens nothing: the wallet " +
		"opens with enough shares of its set (its threshold), so also count the other shares you or your trusted people hold.",
	Stolen: "If someone else may have this share, they still need enough other shares of the same set to open the " +
		"wallet. If they could gather enough, they can take the funds at any moment, and nobody can stop or reverse that: " +
		"move the funds to a new wallet now (step 3). First make sure you still have enough shares or a device that opens the wallet.",
	GetBack: GuideText{"Nobody can reset it", "A SLIP-39 share is held by you and the people you gave the others to: no " +
		"wallet maker or Coffer can reset it or send you a copy. If you still hold enough other shares of the set, the " +
		"wallet still opens: make a new set of shares and move the funds to a new wallet now, while you can. If too few " +
		"shares are left and no device opens the wallet, the funds in this wallet are gone."},
	Duty: "Nobody can freeze, stop or reverse a transfer made with enough shares. If the shares may be known to someone " +
		"else, moving the funds to a new wallet is the only thing that protects them: do it before anything else.",
	NewKey: GuideText{"Put the new shares in Coffer", "Store each share of the new set you keep in an item of its own " +
		"(kind SLIP-39 share), and give the others to the people who will hold them. The old share stays in the item's history."},
	Paper: paperAgain,
	Protect: GuideText{"Check the new set before the funds move", "Use \"Check a set\" on the new shares, or restore the " +
		"wallet from them once, before you send everything to the new wallet. Never type the words into a website."},
}

// passwordGuide is for an account's password: the provider can reset it.
var passwordGuide = LostGuide{
	Lost: lookFirst,
	Stolen: "If someone else may have the password, act quickly: they can sign in as long as it works. " +
		"First, make sure you still have it yourself, so you can change it.",
	GetBack: GuideText{"From the provider", "If there is no paper copy, or the password may be stolen, reset it with the " +
		"provider (the exchange, bank or service). They will check who you are through the recovery route you set up with them."},
	Provider: true,
	NoRoute: "No recovery route is recorded for this key. Look on the provider's website for \"forgot password\" or " +
		"\"account recovery\", and add the route to this item once you know it.",
	Duty: "Report the loss to the provider (the exchange, bank or service) promptly: they can freeze the account, " +
		"and a late report may limit what they will refund.",
	NewKey: GuideText{"Put the new password in Coffer", "Replace the old password with the new one. The old value stays " +
		"in the item's history, so nothing is lost if you need it again."},
	Paper: paperAgain,
	Protect: GuideText{"Turn on two-factor authentication", "Where the provider offers it, turn on 2FA and store its " +
		"secret and recovery codes in Coffer too. A stolen password alone then no longer opens the account."},
}

// totpGuide is for a TOTP secret: the provider resets two-factor authentication.
var totpGuide = LostGuide{
	Lost: lookFirst + " An authenticator app on an old phone often still shows the codes.",
	Stolen: "If someone else may have the secret, they can make your sign-in codes; with your password they are in. " +
		"First, make sure you can still sign in, so you can replace the secret.",
	GetBack: GuideText{"From the provider", "If there is no paper copy, sign in with one of your recovery codes and set up " +
		"two-factor authentication again, or ask the provider to reset it. They will check who you are through the " +
		"recovery route you set up with them."},
	Provider: true,
	NoRoute: "No recovery route is recorded for this key. Look on the provider's website for \"lost 2FA\" or " +
		"\"account recovery\", and add the route to this item once you know it.",
	Duty: "If the secret may be known to someone, tell the provider promptly: they can sign out every session " +
		"and lock the account until you replace it.",
	NewKey: GuideText{"Put the new secret in Coffer", "When the provider shows the new QR code, store the new secret in " +
		"this item and check that one code is accepted before you close the provider's page."},
	Paper: paperAgain,
	Protect: GuideText{"Store the new recovery codes too", "Setting up 2FA again usually gives new recovery codes; " +
		"store them in Coffer as well, and put them on the same paper backup."},
}

// recoveryCodesGuide is for 2FA recovery codes: the provider makes new ones.
var recoveryCodesGuide = LostGuide{
	Lost: lookFirst,
	Stolen: "If someone else may have the codes, each unused one lets them past your second factor. " +
		"First, make sure you can still sign in, so you can replace them.",
	GetBack: GuideText{"From the provider", "While you can still sign in (with your authenticator), make new recovery " +
		"codes in the account's security settings: the old ones stop working. If you cannot sign in, the provider's " +
		"account recovery checks who you are through the route you set up with them."},
	Provider: true,
	NoRoute: "No recovery route is recorded for this key. Look on the provider's website for \"recovery codes\" or " +
		"\"account recovery\", and add the route to this item once you know it.",
	Duty: "If the codes may be known to someone, tell the provider promptly: they can sign out every session " +
		"and lock the account until you replace them.",
	NewKey: GuideText{"Put the new codes in Coffer", "Replace the old codes with the new ones, one per line. " +
		"The old ones no longer work."},
	Paper: paperAgain,
	Protect: GuideText{"Cross out codes you use", "Each code works once. When you use one, remove it here and print " +
		"new codes before only a few are left."},
}

// noteGuide is for a secure note: it exists only where the user kept it.
var noteGuide = LostGuide{
	Lost: "Before you treat the note as gone, look for it. Nobody else holds a copy unless you gave one.",
	Stolen: "If someone else may have read the note, what it holds is theirs too: a password, a PIN or the key to " +
		"something. Work out what it gave access to, and change that first.",
	GetBack: GuideText{"Only your own copies", "A note is kept only where you put it; no provider can send it back. " +
		"If it held a password, a seed or codes, open the guide for that kind of key as well."},
	Duty: "If the note held the key to an account, tell that provider promptly: they can freeze the account.",
	NewKey: GuideText{"Put the note back in Coffer", "Write the note again with what changed. " +
		"The old text stays in the item's history."},
	Paper: paperAgain,
	Protect: GuideText{"Keep keys in their own items", "A password, seed or code kept in its own item gets the checks " +
		"and the guide that fit it."},
}
