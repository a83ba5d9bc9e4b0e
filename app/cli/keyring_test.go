package cli

import (
	"os"
	"strings"
	"testing"
)

// TestCLIPasswdSecretService is TestCLIPasswdAndForgetAskForTheCurrentPassphrase
// against a real Secret Service. Run it with:
//
//	XDG_DATA_HOME=$(mktemp -d) dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; COFFER_TEST_SECRET_SERVICE=1 go test -run SecretService ./app/cli/'
func TestCLIPasswdSecretService(t *testing.T) {
	if os.Getenv("COFFER_TEST_SECRET_SERVICE") != "1" {
		t.Skip("set COFFER_TEST_SECRET_SERVICE=1 inside a D-Bus session with an unlocked Secret Service")
	}
	e := newCLIEnv(t)
	e.osKeyring = true
	e.init()
	e.must("", "remember")
	t.Cleanup(func() {
		e.answers, e.env["COFFER_PASSPHRASE"] = nil, goodPass
		e.run("", "forget")
	})
	delete(e.env, "COFFER_PASSPHRASE")
	e.must("", "list") // unlocked from the Secret Service
	e.env["COFFER_NEW_PASSPHRASE"] = "someone else's passphrase now"
	if code, _, errOut := e.run("", "passwd", "--work-factor", "10"); code != 1 || !strings.Contains(errOut, "current passphrase") {
		t.Fatalf("passwd on a remembered vault without the passphrase: exit %d stderr %q", code, errOut)
	}
	e.answers = []string{"a guess"}
	if code, _, errOut := e.run("", "passwd", "--work-factor", "10"); code != 1 || !strings.Contains(errOut, "wrong passphrase") {
		t.Fatalf("passwd with a wrong passphrase: exit %d stderr %q", code, errOut)
	}
	e.answers = nil
	if code, _, errOut := e.run("", "forget"); code != 1 || !strings.Contains(errOut, "current passphrase") {
		t.Fatalf("forget without the passphrase: exit %d stderr %q", code, errOut)
	}
	e.must("", "list") // still remembered
	e.env["COFFER_PASSPHRASE"] = goodPass
	e.must("", "list") // and still the old passphrase
}
