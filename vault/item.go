package vault

import (
	"crypto/rand"
	"encoding/hex"
	"time"
)

// RecoveryRoute records how to regain an account if its key is lost.
type RecoveryRoute struct {
	Email        string `json:"email,omitempty"`
	Phone        string `json:"phone,omitempty"`
	SecurityHint string `json:"security_hint,omitempty"`
	SupportURL   string `json:"support_url,omitempty"`
	Notes        string `json:"notes,omitempty"`
}

// IsZero reports whether no recovery route has been recorded.
func (r RecoveryRoute) IsZero() bool { return r == RecoveryRoute{} }

// HistoryEntry is a previous secret value and the time it was replaced.
type HistoryEntry struct {
	Secret   string    `json:"secret"`
	Replaced time.Time `json:"replaced"`
}

// Incident is one dated entry of an item's incident log (lost, stolen, checklist ticks).
type Incident struct {
	Time time.Time `json:"time"`
	Note string    `json:"note"`
}

// Item is one secret and what the user knows about it.
type Item struct {
	ID       string         `json:"id"`
	Kind     Kind           `json:"kind"`
	Title    string         `json:"title"`
	Secret   string         `json:"secret"`
	Username string         `json:"username,omitempty"`
	URL      string         `json:"url,omitempty"`
	Notes    string         `json:"notes,omitempty"`
	Tags     []string       `json:"tags,omitempty"`
	Recovery RecoveryRoute  `json:"recovery,omitempty"`
	Created  time.Time      `json:"created"`
	Modified time.Time      `json:"modified"`
	History  []HistoryEntry `json:"history,omitempty"`
	// Deleted is set while the item is in the trash.
	Deleted *time.Time `json:"deleted,omitempty"`
	// RestoredFrom names the paper backup an item came from when a restore found a
	// different item with the same ID and kept both.
	RestoredFrom string     `json:"restored_from,omitempty"`
	Incidents    []Incident `json:"incidents,omitempty"`
}

// InTrash reports whether the item has been deleted and waits in the trash.
func (it *Item) InTrash() bool { return it.Deleted != nil }

// Clone returns a deep copy, so callers can edit it without touching the vault.
func (it Item) Clone() Item {
	c := it
	c.Tags = cloneSlice(it.Tags)
	c.History = cloneSlice(it.History)
	c.Incidents = cloneSlice(it.Incidents)
	c.Deleted = clonePtr(it.Deleted)
	return c
}

// cloneSlice copies a slice of plain values, keeping nil and empty apart (JSON
// writes them differently).
func cloneSlice[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

// clonePtr returns a pointer to a copy of *p, or nil.
func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	c := *p
	return &c
}

// NewID returns a random item or vault ID: 16 random bytes in hex.
func NewID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("vault: crypto/rand failed: " + err.Error())
	}
	return hex.EncodeToString(b[:])
}
