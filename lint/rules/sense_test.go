package rules

import (
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

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

// TestCueTableAgreesWithIsCue checks the table pickSense reads against
// isCue, word by word: every sense the table names for a word has a cue
// isCue matches, and no other has.
func TestCueTableAgreesWithIsCue(t *testing.T) {
	e := &glossary.Entry{Term: "bandwidth", Senses: []glossary.Sense{
		{When: []string{"network", "Mbps", "links", "bus"}},
		{When: []string{"Team", "people", "meetings"}},
		{When: []string{"\u212Abps"}}, // not ASCII: the table steps aside
	}}
	ascii := &glossary.Entry{Term: "bandwidth", Senses: e.Senses[:2]}
	words := []string{"network", "Networks", "NETWORK", "mbps", "MBPSs", "link", "Links", "linkss", "bus", "bu",
		"buss", "team", "teams", "TEAMS", "people", "peoples", "meeting", "Meetings", "net", "work", "kbps",
		"\u212Abps", "caf\u00e9", "", "s", "ss"}
	for _, entry := range []*glossary.Entry{ascii, e} {
		table := newCueTable(nil, cueKey{entry})
		if table.usable != (entry == ascii) {
			t.Fatalf("usable = %v for %d senses", table.usable, len(entry.Senses))
		}
		for _, w := range words {
			var buf [maxCueWord]byte
			got, ok := table.senses(w, buf[:0])
			if !ok {
				if table.usable && isASCII(w) {
					t.Errorf("senses(%q) cannot tell", w)
				}
				continue
			}
			var want uint64
			for si, sense := range entry.Senses {
				for _, cue := range sense.When {
					if isCue(w, cue) {
						want |= 1 << si
					}
				}
			}
			if got != want {
				t.Errorf("senses(%q) = %b, want %b", w, got, want)
			}
		}
	}
}
