package importer

import "errors"

// Sentinel errors; every error Parse returns wraps one of them.
var (
	// ErrUnknownFormat: the bytes are not an export this package reads.
	ErrUnknownFormat = errors.New("not an export Coffer can import")
	// ErrPasswordNeeded: the export is encrypted and no password was given.
	ErrPasswordNeeded = errors.New("the export is encrypted; its password is needed")
	// ErrWrongPassword: decryption failed, because the password is wrong or
	// the file was changed or cut short (authenticated encryption cannot tell).
	ErrWrongPassword = errors.New("wrong password, or the export was changed or cut short")
	// ErrTooLarge: the input is bigger than any real export.
	ErrTooLarge = errors.New("file too large to be an export")
	// ErrMalformed: the format was recognised but its content is broken.
	ErrMalformed = errors.New("export is damaged")
	// ErrUnsupported: a recognised export uses a variant Coffer does not read
	// (an unknown encryption scheme, unreasonable key-derivation costs).
	ErrUnsupported = errors.New("export variant not supported")
	// ErrEmpty: the export holds no entries.
	ErrEmpty = errors.New("export holds no entries")
)
