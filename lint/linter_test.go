package lint

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/rules"
)

func testLinter(t *testing.T, opts ...Option) *Linter {
	t.Helper()
	base, err := os.ReadFile("testdata/test-glossary.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := glossary.Parse("test.yaml", append(base, []byte(`
  - {term: deprecate, kind: jargon, replace: [phase out], audiences: [general, business]}
  - {term: CEO, kind: acronym, expansion: chief executive officer, audiences: [none]}
`)...))
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func plainDoc(src string) *Document {
	return &Document{Path: "d.txt", Source: []byte(src), Segments: []Segment{NewVerbatimSegment(Paragraph, src, 0)}}
}

// summary renders findings as "rule:term@line:col" for compact tables.
func summary(fs []Finding) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("%s:%s@%d:%d", f.Rule, f.Term, f.Line, f.Column))
	}
	return strings.Join(parts, " ")
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		opts []Option
		src  string
		want string
	}{
		{"jargon every use", nil, "leverage\nleverage", "jargon:leverage@1:1 jargon:leverage@2:1"},
		{"acronym once, at first use", nil, "API then API and APIs", "acronym-undefined:API@1:1"},
		{"known acronym", nil, "The CEO agreed.", ""},
		{"audience filter", []Option{WithAudience(glossary.Technical)}, "deprecate it", ""},
		{"audience applies", []Option{WithAudience(glossary.General)}, "deprecate it", "jargon:deprecate@1:1"},
		{"disabled rule", []Option{WithRuleDisabled("jargon")}, "leverage going forward", "wordy:going forward@1:10"},
		{"allowed term", []Option{WithAllowed("Leverage")}, "leverage API", "acronym-undefined:API@1:10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(testLinter(t, tt.opts...).Check(plainDoc(tt.src)))
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCheckDetails(t *testing.T) {
	fs := testLinter(t, WithRuleSeverity("wordy", glossary.Error)).Check(plainDoc("API, API. Going forward we will leverage it."))
	if len(fs) != 3 {
		t.Fatalf("got %s", summary(fs))
	}
	// The test glossary lists "use" itself as wordy, so leverage → use is
	// suggested but not fixed: a second fix would change it again.
	api, wordy, jargon := fs[0], fs[1], fs[2]
	// At the start of a sentence the spelled-out form takes a capital,
	// in the message, the suggestion and the fix alike.
	if api.Occurrences != 2 || api.Suggestions[0] != "Application programming interface (API)" || !strings.Contains(api.Message, `write "Application programming interface (API)" the first time`) ||
		len(api.Fixes) != 1 || api.Fixes[0].Edits[0] != (Edit{Offset: 0, Length: 3, New: "Application programming interface (API)"}) {
		t.Errorf("acronym finding: %+v", api)
	}
	if wordy.Severity != glossary.Error || wordy.Match != "Going forward" || wordy.Offset != 10 || wordy.Length != 13 {
		t.Errorf("wordy finding: %+v", wordy)
	}
	if jargon.Severity != glossary.Warning || jargon.Suggestions[0] != "use" || len(jargon.Fixes) != 0 || jargon.Unfixable == "" || jargon.EndColumn != 41 {
		t.Errorf("jargon finding: %+v", jargon)
	}
}

func TestSuppressions(t *testing.T) {
	src := "leverage API leverage API"
	doc := plainDoc(src)
	doc.Suppressions = []Suppression{{Start: 0, End: 12}, {Start: 13, End: 25, Terms: []string{"LEVERAGE"}}}
	if got := summary(testLinter(t).Check(doc)); got != "acronym-undefined:API@1:23" {
		t.Errorf("got %q", got)
	}
	doc.Suppressions = []Suppression{{Start: 0, End: 25, Rules: []string{"acronym-undefined"}}}
	if got := summary(testLinter(t).Check(doc)); got != "jargon:leverage@1:1 jargon:leverage@1:14" {
		t.Errorf("rule suppression: got %q", got)
	}
}

func TestNewRejectsUnknownRules(t *testing.T) {
	g := &glossary.Glossary{}
	if _, err := New(g, WithRuleDisabled("jargn")); err == nil {
		t.Error("unknown rule accepted")
	}
	if _, err := New(g, WithRuleSeverity("jargon", "fatal")); err == nil {
		t.Error("unknown severity accepted")
	}
	if _, err := New(g, WithAudience("martians")); err == nil {
		t.Error("unknown audience accepted")
	}
}

func TestLookup(t *testing.T) {
	l := testLinter(t)
	for in, want := range map[string]string{"leveraging": "leverage", "API": "API", "touched base": "touch base", "Leverage": "leverage"} {
		if e := l.Lookup(in); e == nil || e.Term != want {
			t.Errorf("Lookup(%q) = %v, want %s", in, e, want)
		}
	}
	if e := l.Lookup("flibbertigibbet"); e != nil {
		t.Errorf("Lookup found %v", e)
	}
}

// TestAllowedTermsAreText: an allowed term is found in the text as a
// phrase, and nothing inside it is reported, whatever the finding's term.
func TestAllowedTermsAreText(t *testing.T) {
	tests := []struct {
		allow []string
		src   string
		want  string
	}{
		{[]string{"Synergy Cloud"}, "We moved to Synergy Cloud. Synergy matters.", "jargon:synergy@1:28"},
		{[]string{"Synergy Cloud"}, "We moved to synergy  cloud.", ""},
		{[]string{"leverage"}, "We are leveraging it.", ""},
		{[]string{"ZTNA"}, "The ZTNA rollout.", ""},
		{nil, "We moved to synergy cloud.", "jargon:synergy@1:13"},
		// Capitalised among other capitalised words, it is a name (proper_name.go).
		{nil, "We moved to Synergy Cloud.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			l := testLinter(t, WithAllowed(tt.allow...), WithRuleDisabled(rules.AcronymDensity.ID))
			if got := summary(l.Check(plainDoc(tt.src))); got != tt.want {
				t.Errorf("allow %q: got %q, want %q", tt.allow, got, tt.want)
			}
		})
	}
}

// TestAcronymFixes: an acronym's finding offers spelling it out first,
// then each plain replacement once, in the replacement's own case (a
// capital only where a sentence starts); no finding offers a fix twice.
func TestAcronymFixes(t *testing.T) {
	g, err := glossary.Parse("t.yaml", []byte(`
entries:
  - {term: SSO, kind: acronym, expansion: single sign-on, replace: [one login, single sign-in]}
  - {term: leverage, kind: jargon, replace: [use, Use, apply]}
`))
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		src  string
		want []string
	}{
		{"Use the SSO page.", []string{"single sign-on (SSO)", "one login", "single sign-in"}},
		{"SSO is here.", []string{"Single sign-on (SSO)", "One login", "Single sign-in"}},
		// Two replacements that come out alike are one fix: fixes are
		// distinct, as SARIF and menus want.
		{"We are leveraging it.", []string{"using", "applying"}},
	}
	for _, tt := range tests {
		fs := l.Check(plainDoc(tt.src))
		if len(fs) != 1 {
			t.Fatalf("%q: got %s", tt.src, summary(fs))
		}
		var got []string
		for _, fx := range fs[0].Fixes {
			got = append(got, fx.Edits[0].New)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: fixes write %q, want %q", tt.src, got, tt.want)
		}
	}
}
