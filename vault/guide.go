package vault

// GuideStep is one check of the "I lost a key" security review: what to do and why.
type GuideStep struct {
	ID   string // stable, stored in the incident log with the date it was ticked
	Do   string
	Why  string
	Risk string // the risk this step limits, in a few words
}

// LostKeyPlaces lists where a lost key may still be, before the user treats it as gone.
var LostKeyPlaces = []string{
	"Other password managers or browsers you use or used before (their saved passwords and notes).",
	"Notes apps, e-mail drafts, cloud drives and photos of paper you may have taken.",
	"Other devices: an old phone, a tablet, a second computer, an authenticator app.",
	"Paper: your Coffer printouts, a wallet's recovery card, a safe or a deposit box.",
}

// SecurityReview returns the checklist fitted to the kind of key that was lost or may
// have been stolen.
func SecurityReview(k Kind) []GuideStep { return append([]GuideStep(nil), k.entry().review...) }

// walletReview is the checklist for a lost seed phrase or private key.
var walletReview = []GuideStep{
	{"move-funds", "Create a new wallet (new seed or key) and move all funds to it now.",
		"Anyone holding the old key can take the funds at any moment; only moving them stops that.", "financial loss"},
	{"stop-reuse", "Stop using the old addresses; update anyone who pays you there.",
		"Payments to the old addresses would be exposed to whoever has the key.", "financial loss"},
	{"check-history", "Review the wallet's recent transactions for any you did not make.",
		"Unexplained transactions mean the key is in other hands: move what is left at once.", "unauthorised access"},
}

// secondFactorReview is the checklist for a lost TOTP secret or recovery codes.
var secondFactorReview = []GuideStep{
	{"regenerate", "Sign in and regenerate the 2FA secret and the recovery codes with the provider.",
		"Old codes keep working until you replace them.", "unauthorised access"},
	{"review-logins", "Review recent sign-ins, devices and sessions; sign out the ones you don't know.",
		"A stolen second factor is only useful with your password; check nobody used both.", "unauthorised access"},
	{"change-password", "Change the account password too.",
		"If the second factor leaked, the password may have leaked with it.", "data leak"},
}

// noteReview is the checklist for a lost secure note.
var noteReview = []GuideStep{
	{"change-contents", "Change what the note gave access to: a password, a PIN, a door code, a key.",
		"Anyone who reads the note can use what it holds, for as long as it still works.", "unauthorised access"},
	{"review-activity", "Review the accounts the note was about for activity you did not do.",
		"Early signs of use tell you what else to change.", "data leak"},
}

// accountReview is the checklist for a lost password.
var accountReview = []GuideStep{
	{"change-password", "Change the password, and everywhere you reused it.",
		"Attackers try leaked passwords on many sites; a reused one opens them all.", "unauthorised access"},
	{"review-activity", "Review recent sign-ins and account activity (e-mails sent, purchases, changes to recovery e-mail or phone).",
		"Attackers often change the recovery route first so you cannot get the account back.", "data leak"},
	{"enable-2fa", "Turn on two-factor authentication where the provider offers it.",
		"A second factor stops most attacks that use only a password.", "unauthorised access"},
}

// ReportDuty is the user's duty once a key held by a provider is lost or may be
// stolen; Lost(k).Duty is the duty fitted to each kind.
const ReportDuty = "Report the loss to the provider (the exchange, bank or service) promptly: " +
	"they can freeze the account, and a late report may limit what they will refund."
