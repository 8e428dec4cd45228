package glossary

import "testing"

func TestFixable(t *testing.T) {
	no, yes := false, true
	tests := []struct {
		name string
		e    Entry
		want bool
	}{
		{"acronym with expansion", Entry{Term: "SSO", Kind: Acronym, Expansion: "single sign-on"}, true},
		{"acronym fix false still spelled out", Entry{Term: "P1", Kind: Acronym, Expansion: "priority 1", Replace: []string{"top priority"}, Fix: &no}, true},
		{"acronym without expansion", Entry{Term: "XYZ", Kind: Acronym, Replace: []string{"thing"}}, false},
		{"jargon with replacement", Entry{Term: "leverage", Kind: Jargon, Replace: []string{"use"}}, true},
		{"jargon fix false", Entry{Term: "go-live", Kind: Jargon, Replace: []string{"launch"}, Fix: &no}, false},
		{"jargon fix true", Entry{Term: "utilize", Kind: Jargon, Replace: []string{"use"}, Fix: &yes}, true},
		{"jargon without replacement", Entry{Term: "synergy", Kind: Jargon}, false},
		{"wordy", Entry{Term: "in order to", Kind: Wordy, Replace: []string{"to"}}, true},
	}
	for _, tt := range tests {
		if got := tt.e.Fixable(); got != tt.want {
			t.Errorf("%s: Fixable() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestAppliesTo(t *testing.T) {
	tests := []struct {
		audiences []Audience
		reader    Audience
		want      bool
	}{
		{nil, Technical, true},
		{nil, "", true},
		{[]Audience{General, Business}, Business, true},
		{[]Audience{General, Business}, Technical, false},
		{[]Audience{Nobody}, General, false},
		{[]Audience{Nobody}, Technical, false},
		{[]Audience{Nobody}, "", true},
	}
	for _, tt := range tests {
		e := &Entry{Term: "CEO", Kind: Acronym, Audiences: tt.audiences}
		if got := e.AppliesTo(tt.reader); got != tt.want {
			t.Errorf("%v.AppliesTo(%q) = %v, want %v", tt.audiences, tt.reader, got, tt.want)
		}
	}
}
