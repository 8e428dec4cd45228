package rules

import (
	"testing"

	"github.com/dejargon/dejargon/lint/analysis"
)

// TestTermsInsideDefinitionsStayQuiet: a glossary term inside the long
// form of an acronym the text spells out is not reported, whether the
// acronym is the glossary's or one the writer made up, and is reported
// anywhere else.
func TestTermsInsideDefinitionsStayQuiet(t *testing.T) {
	g, m, p := builtinForGeneral(t)
	for _, c := range []struct {
		text string
		want int // jargon and wordy findings for "synergy"
	}{
		{"The synergy review board meets weekly.", 1},
		{"The Synergy Review Board (SRB) meets weekly.", 0},
		{"The synergy review board (SRB) meets weekly.", 0},
		{"The SRB (synergy review board) meets weekly.", 0},
		{"The SRB, or synergy review board, meets weekly.", 0},
		{"Our synergy is great, says the SRB (synergy review board).", 1},
		{"See https://example.com/SRB for the synergy review board.", 1},
		// SLA is a glossary acronym.
		{"The synergy level agreement (SLA) is signed.", 0},
		{"The synergy level agreement is signed.", 1},
	} {
		doc := paragraphDoc("t.txt", c.text)
		a := analysis.New(doc, g, m, p, nil)
		got := 0
		Jargon.Check.Run(a, func(f analysis.Finding) {
			if f.Term == "synergy" {
				got++
			}
		})
		if got != c.want {
			t.Errorf("%q: %d findings for synergy, want %d", c.text, got, c.want)
		}
	}
}

// TestIndexUpperASCII checks the eight-bytes-at-a-time search against a
// byte loop: every byte value at every place of a word, and beside every
// other byte value.
func TestIndexUpperASCII(t *testing.T) {
	naive := func(s string) int {
		for i := 0; i < len(s); i++ {
			if 'A' <= s[i] && s[i] <= 'Z' {
				return i
			}
		}
		return -1
	}
	for b := 0; b < 256; b++ {
		for c := 0; c < 256; c++ {
			for at := 0; at < 17; at += 3 {
				buf := []byte("the quick brown fox jumps")
				buf[at], buf[at+1] = byte(b), byte(c)
				if got, want := indexUpperASCII(string(buf)), naive(string(buf)); got != want {
					t.Fatalf("indexUpperASCII(%q) = %d, want %d", buf, got, want)
				}
			}
		}
	}
}
