package match

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// tokenString renders tokens as words, with "|" before a token after a
// break and "-" before a joined one, so expectations read at a glance.
func tokenString(text string, toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		if t.Break {
			b.WriteByte('|')
		}
		if t.Joined {
			b.WriteByte('-')
		}
		b.WriteString(text[t.Start:t.End])
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"We will spin up the server.", "We will spin up the server"},
		{"Going forward, we leverage synergies.", "Going forward |we leverage synergies"},
		{"circle. Back", "circle |Back"},
		{"touch\u00a0base", "touch base"},
		{"touch\u202fbase", "touch base"},
		{"follow-up", "follow -up"},
		{"follow\u2011up and follow\u2010up", "follow -up and follow -up"},
		{"CI/CD pipeline", "CI -CD pipeline"},
		{"TL;DR: read this", "TL;DR |read this"},
		{"one;two and A; B", "one |two and A |B"},
		{"an em\u2014dash", "an em |dash"},
		{"en \u2013 dash", "en |dash"},
		{"API's and API\u2019s", "API's and API\u2019s"},
		{"don't stop", "don't stop"},
		{"'quoted' words", "|quoted |words"},
		{"ERR_SSO_TIMEOUT now", "ERR_SSO_TIMEOUT now"},
		{"see https://example.com/leverage-guide now", "see |now"},
		{"mail sla@example.com today", "mail sla@example.com today"},
		{"R&D and P&L", "R&D and P&L"},
		{"Node.js v1.2.3 e.g. this", "Node.js v1.2.3 e.g |this"},
		{"phrase across\r\nlines", "phrase across lines"},
		{"tabs\tand  spaces", "tabs and spaces"},
		{"naïve café 東京 déjà", "naïve café 東京 déjà"},
		{"B2B 2FA S3", "B2B 2FA S3"},
		{"bad\xffbyte", "bad |byte"},
		{"", ""},
		{"-- ... !!!", ""},
		{"trailing-", "trailing"},
		{"zero\u200bwidth", "zero width"},
	}
	for _, tt := range tests {
		got := tokenString(tt.in, Tokenize(tt.in, nil))
		if got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	in := "É\tleverage\u00a0東京"
	toks := Tokenize(in, nil)
	want := []string{"É", "leverage", "東京"}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens", len(toks))
	}
	for i, w := range want {
		if got := in[toks[i].Start:toks[i].End]; got != w {
			t.Errorf("token %d = %q, want %q", i, got, w)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"touch\u00a0base", "CI/CD", "a-", "x://", "API's", "\xff\xfe", "e.g.", "--a--b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s, nil)
		prev := 0
		for _, tok := range toks {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad token %+v after %d in %q", tok, prev, s)
			}
			if !utf8.ValidString(s[tok.Start:tok.End]) {
				t.Fatalf("token %q is not valid UTF-8", s[tok.Start:tok.End])
			}
			prev = tok.End
		}
	})
}
