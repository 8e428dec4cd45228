package match

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

func testMatcher(t testing.TB) *Matcher {
	t.Helper()
	g, err := glossary.Load("../testdata/test-glossary.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return NewMatcher(g)
}

// matchString renders matches as "text=term" pairs separated by commas.
func matchString(m *Matcher, text string) string {
	toks := Tokenize(text, nil)
	var parts []string
	for _, x := range m.Match(text, toks, nil) {
		parts = append(parts, text[toks[x.First].Start:toks[x.Last].End]+"="+x.Entry.Term)
	}
	return strings.Join(parts, ", ")
}

func TestMatch(t *testing.T) {
	m := testMatcher(t)
	tests := []struct{ name, in, want string }{
		{"base", "We leverage it.", "leverage=leverage"},
		{"inflections", "leverages leveraged leveraging", "leverages=leverage, leveraged=leverage, leveraging=leverage"},
		{"any case", "LEVERAGE Leveraging", "LEVERAGE=leverage, Leveraging=leverage"},
		{"derived noun", "utilization and utilizations", "utilization=utilize, utilizations=utilize"},
		{"plural y", "synergies abound", "synergies=synergy"},
		{"british", "utilise, utilisation, prioritise, organisational", "utilise=utilize, utilisation=utilize, prioritise=prioritize, organisational=organizational"},
		{"american", "prioritized organizational", "prioritized=prioritize, organizational=organizational"},
		{"no over-reach use/user", "the user uses it", "uses=use"},
		{"no match inside compound", "re-use it", ""},
		{"acronym plural and possessive", "APIs, API's and API\u2019s", "APIs=API, API's=API, API\u2019s=API"},
		{"acronym case", "api Api", ""},
		{"IT not it", "it is IT. It works. ITIL", "IT=IT"},
		{"acronym in compound", "API-first design", "API=API"},
		{"slash acronym", "our CI/CD pipeline", "CI/CD=CI/CD"},
		{"mixed case acronym", "SaaS saas", "SaaS=SaaS"},
		{"case-sensitive override", "Teams teams", "Teams=Teams"},
		{"case-insensitive acronym override", "SLA sla", "SLA=sla, sla=sla"},
		{"phrase", "please touch base soon", "touch base=touch base"},
		{"phrase nbsp", "touch\u00a0base", "touch\u00a0base=touch base"},
		{"phrase inflected first word", "we touched base and are touching base", "touched base=touch base, touching base=touch base"},
		{"irregular", "they spun up servers", "spun up=spin up"},
		{"across lines and spaces", "circle\n   back", "circle\n   back=circle back"},
		{"across punctuation", "circle. Back", ""},
		{"hyphen variants", "a follow\u2011up, a follow-up, a follow up", "follow\u2011up=follow-up, follow-up=follow-up, follow up=follow-up"},
		{"longest wins", "at this point in time we", "at this point in time=at this point in time"},
		{"shorter when longer absent", "at this point we", "at this point=at this point"},
		{"no overlap", "going forward going forward", "going forward=going forward, going forward=going forward"},
		{"url skipped", "see https://x.test/leverage now", ""},
		{"identifier", "LEVERAGE_FLAG", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchString(m, tt.in); got != tt.want {
				t.Errorf("in %q got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestBuiltinLeavesPlainEnglishAlone runs the whole built-in glossary over
// plain writing that a careful writer would send as it is.
func TestBuiltinLeavesPlainEnglishAlone(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(g)
	plain := []string{
		"Please use the new form to ask for help.",
		"The team will email every user before the computer is replaced.",
		"It is ready. It works well, and it is cheaper.",
		"Our customers told us the website was slow, so we fixed it.",
		"Call me if you have questions about your password or the printer.",
		"We changed the report so that it shows last month's sales.",
	}
	for _, s := range plain {
		if got := matchString(m, s); got != "" {
			t.Errorf("plain sentence %q matched %s", s, got)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	g, err := glossary.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	m := NewMatcher(g)
	text := strings.Repeat("Going forward we will leverage the new SSO portal to spin up servers and circle back on the SLA. ", 100)
	toks := Tokenize(text, nil)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	var dst []Match
	for i := 0; i < b.N; i++ {
		dst = m.Match(text, toks, dst[:0])
	}
}
