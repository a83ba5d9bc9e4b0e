package cli

// secretEnv are the environment variables that may hold a passphrase. Run reads and
// removes them all at start; a command asking for another one (secret) gets the same
// treatment when it reads it.
var secretEnv = []string{"COFFER_PASSPHRASE", "COFFER_BACKUP_PASSPHRASE", "COFFER_NEW_PASSPHRASE", "COFFER_IMPORT_PASSPHRASE"}

// takeSecrets reads the secret environment variables and removes them from the
// process environment at once, before anything can start a child process.
func takeSecrets(sio IO) map[string]string {
	secrets := make(map[string]string, len(secretEnv))
	for _, name := range secretEnv {
		secrets[name] = takeEnv(sio, name)
	}
	return secrets
}

// takeEnv reads one variable and removes it from the process environment.
func takeEnv(sio IO, name string) string {
	var v string
	if sio.Getenv != nil {
		v = sio.Getenv(name)
	}
	if sio.Unsetenv != nil {
		_ = sio.Unsetenv(name) // cannot fail for a valid name
	}
	return v
}

// secret returns the secret variable name as it was when the run started.
func (c *cli) secret(name string) string {
	v, ok := c.secrets[name]
	if !ok {
		v = takeEnv(c.io, name)
		c.secrets[name] = v
	}
	return v
}
