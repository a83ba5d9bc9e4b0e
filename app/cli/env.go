package cli

// secretEnv are the environment variables that may hold a passphrase.
var secretEnv = []string{"COFFER_PASSPHRASE", "COFFER_BACKUP_PASSPHRASE", "COFFER_NEW_PASSPHRASE"}

// takeSecrets reads the secret environment variables and removes them from the
// process environment at once, before anything can start a child process.
func takeSecrets(sio IO) map[string]string {
	secrets := make(map[string]string, len(secretEnv))
	for _, name := range secretEnv {
		if sio.Getenv != nil {
			secrets[name] = sio.Getenv(name)
		}
		if sio.Unsetenv != nil {
			_ = sio.Unsetenv(name) // cannot fail for a valid name
		}
	}
	return secrets
}
