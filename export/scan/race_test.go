//go:build race

package scan

const raceEnabled = true

// The race detector slows the decoder about tenfold.
func init() { defaultBudget = 10 * DefaultBudget }
