package glossary

import (
	"strings"
	"testing"
)

// TestValidationGaps: duplicate keys in an entry were accepted (the last
// won), empty and white-space terms were dropped silently, punctuation-only
// terms never matched, and "c++" became "c" and flagged every "c". Each is
// now an error at its line and column.
func TestValidationGaps(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"duplicate key", "entries:\n  - term: leverage\n    kind: jargon\n    kind: wordy\n", `x.yaml:4:5: duplicate key "kind" in this entry (first at line 3)`},
		{"duplicate top key", "entries: []\nentries: []\n", `x.yaml:2:1: duplicate key "entries"`},
		{"empty term", "entries:\n  - term: \"\"\n    kind: jargon\n", `x.yaml:2:11: 'term' must not be empty`},
		{"space term", "entries:\n  - term: \"   \"\n    kind: jargon\n", `x.yaml:2:11: 'term' must not be empty`},
		{"punctuation only", "entries:\n  - term: \"+++\"\n    kind: jargon\n", `x.yaml:2:11: term "+++" has no letters or digits`},
		{"c++", "entries:\n  - term: c++\n    kind: jargon\n", `x.yaml:2:11: term "c++": the "++" of "c++" is not part of a word to the matcher, so the term would match every "c"`},
		{"C#", "entries:\n  - term: \"C# code\"\n    kind: jargon\n", `would match every "C"`},
		{".NET", "entries:\n  - term: .NET\n    kind: jargon\n", `would match every "NET"`},
	}
	for _, tt := range tests {
		_, err := Parse("x.yaml", []byte(tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
	for _, ok := range []string{"R&D", "TL;DR", "etc.", "e.g.", "follow-up", "CI/CD", "Node.js", "R & D", "API's"} {
		if _, err := Parse("x.yaml", []byte("entries:\n  - term: \""+ok+"\"\n    kind: jargon\n")); err != nil {
			t.Errorf("%q rejected: %v", ok, err)
		}
	}
}
