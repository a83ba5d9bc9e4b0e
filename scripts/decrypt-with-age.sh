#!/bin/sh
# decrypt-with-age.sh VAULT
#
# Prints the JSON document of a Coffer vault using only a POSIX shell and the
# stock age tool (https://age-encryption.org, Debian package "age"), without
# Coffer. age asks for the passphrase on the terminal. The file layout is in
# docs/FORMAT.md. The decrypted vault key only passes through a pipe; the
# temporary folder holds ciphertext only.
set -eu

die() {
	echo "decrypt-with-age: $*" >&2
	exit 1
}

[ $# -eq 1 ] || { echo "usage: $0 VAULT" >&2; exit 2; }
vault=$1
[ -f "$vault" ] || die "$vault: no such file"
command -v age >/dev/null 2>&1 || die "age is not installed"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

# The header is the first six lines.
head -n 6 "$vault" >"$tmp/header"
line() { sed -n "$1p" "$tmp/header"; }
[ "$(line 1)" = "coffer-vault 1" ] || die "not a Coffer vault of format version 1"
idlen=$(line 4 | sed -n 's/^identity \([1-9][0-9]*\)$/\1/p')
paylen=$(line 5 | sed -n 's/^payload \([1-9][0-9]*\)$/\1/p')
sum=$(line 6 | sed -n 's/^sha256 \([0-9a-f]\{64\}\)$/\1/p')
[ -n "$idlen" ] && [ -n "$paylen" ] && [ -n "$sum" ] || die "damaged header"
hlen=$(wc -c <"$tmp/header" | tr -d ' ')

# Section 1 (the passphrase-wrapped key) and section 2 (the payload).
tail -c +"$((hlen + 1))" "$vault" >"$tmp/body"
dd if="$tmp/body" of="$tmp/key.age" bs=1 count="$idlen" 2>/dev/null
tail -c +"$((idlen + 1))" "$tmp/body" >"$tmp/payload.age"
[ "$(wc -c <"$tmp/key.age" | tr -d ' ')" -eq "$idlen" ] || die "file truncated"
[ "$(wc -c <"$tmp/payload.age" | tr -d ' ')" -eq "$paylen" ] || die "file truncated or has extra bytes"

# The checksum tells damage apart from a wrong passphrase (age authenticates anyway).
if command -v sha256sum >/dev/null 2>&1; then
	hash="sha256sum"
elif command -v shasum >/dev/null 2>&1; then
	hash="shasum -a 256"
else
	hash=""
	echo "decrypt-with-age: no sha256sum; skipping the checksum" >&2
fi
if [ -n "$hash" ]; then
	got=$({ head -n 5 "$tmp/header"; cat "$tmp/body"; } | $hash | cut -d' ' -f1)
	[ "$got" = "$sum" ] || die "checksum mismatch: the file is damaged"
fi

# age prompts for the passphrase, prints the key into the pipe, and the second
# age reads it as its identity file ("-i -") to decrypt the payload.
age -d "$tmp/key.age" | age -d -i - "$tmp/payload.age"
