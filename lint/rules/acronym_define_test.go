package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDefinitionAt(t *testing.T) {
	tests := []struct {
		name, text, short, want string
		ok                      bool
	}{
		{"long form then parentheses", "We signed a service level agreement (SLA) today.", "SLA", "service level agreement", true},
		{"capitalised long form", "Our Service Level Agreement (SLA) applies.", "SLA", "Service Level Agreement", true},
		{"hyphenated long form", "Use single sign-on (SSO) from now on.", "SSO", "single sign-on", true},
		{"long form across a line break", "the recovery point\nobjective (RPO) is one hour", "RPO", "recovery point objective", true},
		{"spelled-out digit", "Turn on two-factor authentication (2FA) today.", "2FA", "two-factor authentication", true},
		{"slash acronym", "our continuous integration and continuous delivery (CI/CD) system", "CI/CD", "continuous integration and continuous delivery", true},
		{"acronym then long form", "The SLA (service level agreement) applies.", "SLA", "service level agreement", true},
		{"acronym then long form with an article", "The SLA (the service level agreement) applies.", "SLA", "service level agreement", true},
		{"or form", "The SLA, or service level agreement, applies.", "SLA", "service level agreement", true},
		{"long form, or acronym", "A service level agreement, or SLA, applies.", "SLA", "service level agreement", true},
		{"stands for", "SLA stands for service level agreement.", "SLA", "service level agreement", true},
		{"means", "RPO means recovery point objective, the data we may lose.", "RPO", "recovery point objective", true},
		{"is short for", "SSO is short for single sign-on.", "SSO", "single sign-on", true},
		{"letters do not fit", "Try the new portal (SLA) today.", "SLA", "", false},
		{"letters do not fit after", "The SLA (see below) applies.", "SLA", "", false},
		{"means without a long form", "SLA means we must answer in an hour.", "SLA", "", false},
		{"first letter inside a word", "the classical aim (SLA)", "SLA", "", false},
		{"plain use", "The SLA applies.", "SLA", "", false},
		{"a word for every letter, one letter inside a word", "approve the sign-in in the Microsoft Authenticator app (MFA).", "MFA", "", false},
		{"fewer words than letters", "data in JavaScript Object Notation (JSON) files", "JSON", "JavaScript Object Notation", true},
		{"letters inside words, short form", "the HyperText Markup Language (HTML) page", "HTML", "HyperText Markup Language", true},
		{"mixed-case short form", "we buy Software as a Service (SaaS) tools", "SaaS", "Software as a Service", true},
		{"parenthesised alone", "(SLA)", "SLA", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.short)
			got, ok := definitionAt(tt.text, i, i+len(tt.short), tt.short)
			if ok != tt.ok || got != tt.want {
				t.Errorf("definitionAt(%q) = %q, %v; want %q, %v", tt.text, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// definitionAt is definitionSpan giving the long form as a message
// writes it.
func definitionAt(text string, start, end int, short string) (string, bool) {
	from, to, ok := definitionSpan(text, start, end, short)
	if !ok {
		return "", false
	}
	return tidy(text[from:to]), true
}

// TestCurlyQuoteBeforeLongForm: a long form right after an opening curly
// quote starts after the whole quote, not inside it, so that a fix
// spelling it out never writes half a character.
func TestCurlyQuoteBeforeLongForm(t *testing.T) {
	for _, s := range []string{"Read the “single sign-on ", "Read the ”single sign-on "} {
		if got := lastWords(s, 2); got != "single sign-on " {
			t.Errorf("lastWords(%q, 2) = %q, want %q", s, got, "single sign-on ")
		}
	}
}

// TestLastWordsWalksBack checks lastWords against cutting at the last
// clause punctuation first and counting words after it, on texts built
// from words, spaces, punctuation, curly quotes and stray bytes.
func TestLastWordsWalksBack(t *testing.T) {
	reference := func(s string, n int) string {
		if i := strings.LastIndexAny(s, ".;:!?()[]\"“”"); i >= 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			s = s[i+size:]
		}
		end := len(s)
		for i := len(s) - 1; i >= 0; i-- {
			if isSpaceByte(s[i]) && (i+1 < len(s) && !isSpaceByte(s[i+1])) {
				n--
				if n == 0 {
					return s[i+1 : end]
				}
			}
		}
		return s
	}
	parts := []string{"single", "sign-on", " ", "  ", "\t", ".", "(", ")", "“", "”", "\"", "é", "\x9c", "\x80\x9d", "\xe2", "’", ",", "on"}
	r := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for j := r.IntN(12); j >= 0; j-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s, n := b.String(), 1+r.IntN(6)
		if got, want := lastWords(s, n), reference(s, n); got != want {
			t.Fatalf("lastWords(%q, %d) = %q, want %q", s, n, got, want)
		}
	}
}
