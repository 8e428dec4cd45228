package rules

import "testing"

func TestIsCue(t *testing.T) {
	for _, c := range []struct {
		word, cue string
		want      bool
	}{
		{"network", "network", true},
		{"Networks", "network", true},
		{"NETWORK", "networks", true},
		{"net", "nets", true},
		{"gas", "ga", false}, // a word of three letters keeps its s
		{"work", "network", false},
		{"bandwidth", "Mbps", false},
		{"\u212Abps", "kbps", true}, // Kelvin sign folds to k
		{"kbps", "\u212Abps", true},
		{"", "", true},
		{"", "network", false},
		{"network", "", false},
	} {
		if got := isCue(c.word, c.cue); got != c.want {
			t.Errorf("isCue(%q, %q) = %v, want %v", c.word, c.cue, got, c.want)
		}
	}
}
