// Package restore gathers a paper backup back from whatever the user has: photos and
// scans (decoded by package scan), scanner PDFs, the original PDF file, and typed
// fallback lines. It keeps each backup ID apart, reports what is found and missing,
// and decrypts a complete backup with its passphrase. Both the command line and the
// desktop app use it, so they say the same things.
//
// Threat model: the inputs are untrusted files. Every file gets its own error and never
// stops the others; frames are checked (CRC-32 per frame, per-line checks for typed
// text) before they reach the assembler, and decryption authenticates the whole payload
// (age), so a forged or damaged code can cost a restore but never change a secret.
package restore
