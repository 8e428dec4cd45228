package suggest

import "testing"

func TestClosest(t *testing.T) {
	rules := []string{"jargon", "wordy", "passive-voice", "long-sentence", "acronym-undefined", "acronym-density"}
	tests := []struct{ word, want string }{
		{"jargn", "jargon"},
		{"pasive-voice", "passive-voice"},
		{"Jagron", "jargon"}, // a transposition is one edit
		{"wordy", ""},        // an exact match needs no suggestion
		{"readability-grade", ""},
		{"x", ""},
		{"pass", "passive-voice"}, // a shortening of one candidate
		{"acronym", ""},           // ... but not of several
	}
	for _, tt := range tests {
		if got := Closest(tt.word, rules); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	if got := DidYouMean("warnings", []string{"error", "warning", "suggestion", "none"}); got != `; did you mean "warning"?` {
		t.Errorf("DidYouMean = %q", got)
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"", "abc", 3}, {"kitten", "sitting", 3}, {"ab", "ba", 1}, {"café", "cafe", 1}} {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
