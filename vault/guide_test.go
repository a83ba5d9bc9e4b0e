package vault

import "testing"

func TestSecurityReviewFitsEveryKind(t *testing.T) {
	for _, k := range Kinds {
		steps := SecurityReview(k)
		if len(steps) == 0 {
			t.Fatalf("%s: no steps", k)
		}
		seen := map[string]bool{}
		for _, s := range steps {
			if s.ID == "" || s.Do == "" || s.Why == "" || seen[s.ID] {
				t.Errorf("%s: bad step %+v", k, s)
			}
			seen[s.ID] = true
		}
	}
	if SecurityReview(KindSeed)[0].ID != "move-funds" {
		t.Error("a lost seed must start with moving the funds")
	}
}
