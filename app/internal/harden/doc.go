// Package harden makes the running process keep its secrets to itself.
//
// Threat model: a crash (or a signal such as SIGQUIT/SIGABRT) writes a core file with
// the whole memory of the process — the vault key, decrypted items, typed passphrases —
// into the working folder or to systemd-coredump, where backups and other users'
// tools may read it long after Coffer exited. DisableCoreDumps turns that off at start:
//
//   - Linux: prctl(PR_SET_DUMPABLE, 0) (no core file, also no ptrace attach or
//     /proc/PID/mem reads by other processes of the same user) and RLIMIT_CORE 0.
//   - macOS and the BSDs: RLIMIT_CORE 0. Other processes of the same user can still
//     attach a debugger unless the binary is signed with the hardened runtime.
//   - Windows: nothing to call. Windows Error Reporting writes crash dumps only when
//     the user or an administrator configured LocalDumps in the registry; that gap is
//     documented, not closed.
package harden
