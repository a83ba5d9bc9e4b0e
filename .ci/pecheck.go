//go:build ignore

// Pecheck checks the Windows build: a 64-bit (PE32+) x86-64 executable linked for the
// GUI subsystem, so that starting it from Explorer opens no console window, with the
// icon, version information and manifest embedded as resources.
//
//	go run .ci/pecheck.go dist/coffer.exe 0.1.0.1
package main

import (
	"bytes"
	"debug/pe"
	"encoding/binary"
	"fmt"
	"os"
	"unicode/utf16"
)

// Resource types in the root directory of .rsrc.
const (
	rtIcon      = 3
	rtGroupIcon = 14
	rtVersion   = 16
	rtManifest  = 24
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go run .ci/pecheck.go FILE.exe VERSION")
		os.Exit(2)
	}
	if err := check(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintf(os.Stderr, "pecheck: %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
	fmt.Printf("pecheck: %s: PE32+ x86-64, subsystem WINDOWS_GUI, icon, version %s and manifest embedded\n",
		os.Args[1], os.Args[2])
}

func check(path, version string) error {
	f, err := pe.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		return fmt.Errorf("machine %#x, want AMD64", f.Machine)
	}
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok {
		return fmt.Errorf("not PE32+ (no 64-bit optional header)")
	}
	if oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI {
		return fmt.Errorf("subsystem %d, want %d (WINDOWS_GUI): link with -H=windowsgui",
			oh.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI)
	}
	rsrc := f.Section(".rsrc")
	if rsrc == nil {
		return fmt.Errorf("no .rsrc section: icon and version information missing")
	}
	data, err := rsrc.Data()
	if err != nil {
		return fmt.Errorf("failed to read .rsrc: %w", err)
	}
	types, err := resourceTypes(data)
	if err != nil {
		return err
	}
	for _, t := range []struct {
		id   uint32
		name string
	}{{rtIcon, "icon"}, {rtGroupIcon, "icon group"}, {rtVersion, "version information"}, {rtManifest, "manifest"}} {
		if !types[t.id] {
			return fmt.Errorf("no %s resource", t.name)
		}
	}
	if !bytes.Contains(data, utf16le(version)) {
		return fmt.Errorf("version %q not in the version information", version)
	}
	return nil
}

// resourceTypes reads the IDs of the root resource directory (IMAGE_RESOURCE_DIRECTORY
// followed by its entries).
func resourceTypes(data []byte) (map[uint32]bool, error) {
	if len(data) < 16 {
		return nil, fmt.Errorf(".rsrc too short")
	}
	named := int(binary.LittleEndian.Uint16(data[12:]))
	ids := int(binary.LittleEndian.Uint16(data[14:]))
	n := named + ids
	if len(data) < 16+8*n {
		return nil, fmt.Errorf(".rsrc directory truncated")
	}
	types := make(map[uint32]bool)
	for i := named; i < n; i++ {
		types[binary.LittleEndian.Uint32(data[16+8*i:])] = true
	}
	return types, nil
}

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}
