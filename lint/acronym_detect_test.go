package lint

import (
	"sort"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

// acronymGlossary is the glossary of the acronym tests: a few acronyms,
// one with audiences, and a jargon entry shaped like an acronym.
const acronymGlossary = `
entries:
  - {term: SLA, kind: acronym, expansion: service level agreement, definition: A promise about service.}
  - {term: SSO, kind: acronym, expansion: single sign-on}
  - {term: API, kind: acronym, expansion: application programming interface}
  - {term: CD, kind: acronym, expansion: continuous delivery}
  - {term: UX, kind: acronym, expansion: user experience}
  - {term: KB, kind: acronym, expansion: knowledge base}
  - {term: SaaS, kind: acronym, expansion: software as a service}
  - {term: CI/CD, kind: acronym, expansion: continuous integration and continuous delivery}
  - {term: SLI, kind: acronym, expansion: service level indicator, audiences: [general, business, executive]}
  - {term: DevOps, kind: jargon, replace: [IT operations]}
  - {term: latency, kind: jargon, replace: [delay], audiences: [general, business, executive]}
  - {term: synergy, kind: jargon, replace: [cooperation]}
  - {term: in order to, kind: wordy, replace: [to]}
`

func acronymLinter(t *testing.T, audience glossary.Audience) *Linter {
	t.Helper()
	g, err := glossary.Parse("acronyms.yaml", []byte(acronymGlossary))
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, WithAudience(audience), WithRuleDisabled(RuleAcronymDensity))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// acronymTerms lists the terms of the acronym-undefined findings in src.
func acronymTerms(t *testing.T, audience glossary.Audience, doc *Document) string {
	t.Helper()
	var terms []string
	for _, f := range acronymLinter(t, audience).Check(doc) {
		if f.Rule == RuleAcronymUndefined {
			terms = append(terms, f.Term)
		}
	}
	return strings.Join(terms, " ")
}

func TestAcronymDetection(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"glossary acronym", "Our SLA is strict.", "SLA"},
		{"unknown capitals", "The ZTNA gateway is new.", "ZTNA"},
		{"capitals with digits", "We sell B2B, need 2FA and store files in S3.", "B2B 2FA S3"},
		{"mixed case", "Sign in with OAuth to the SaaS tool.", "OAuth SaaS"},
		{"plural and possessive", "Two APIs. The API's owner. ZTNAs and ZTNA's.", "API ZTNA"},
		{"glossary phrase with a slash", "Our CI/CD pipeline.", "CI/CD"},
		{"compound names are not acronyms", "Code on GitHub in JavaScript with MongoDB, OpenAI and McDonald.", ""},
		{"shouted heading", "URGENT ACTION REQUIRED", ""},
		{"shouted sentence keeps its unknown acronyms quiet", "Read this. ZTNA ROLLOUT STARTS NOW. Thanks.", ""},
		{"shouted sentence still shows glossary acronyms", "PLEASE READ: SSO CHANGES TONIGHT", "SSO"},
		{"emphasis with an English word", "It is SIMPLE really, and it is NOT optional.", ""},
		{"long capitals are shouting", "This is IMPORTANT.", ""},
		{"emphasis test does not swallow acronyms", "It is ZTNA really.", "ZTNA"},
		{"snake case identifier", "The log says ERR_SSO_TIMEOUT and ZTNA_MODE.", ""},
		{"path", "Certificates live in /etc/SSL/certs and C:\\ACME\\bin.", ""},
		{"sigil and assignment", "Set $ZTNA or ZTNA=1 or call ZTNA() in `ZTNA`.", ""},
		{"hash", "Commit ACE1FB2 fixed it; A3F9C21B too.", ""},
		{"version and ticket numbers", "Version V2.0.1 closes INC0012345.", ""},
		{"units after numbers", "16 GB of memory, 100 Mbps, 2 GHz, 16GB, 3000 IOPS at 02:00 UTC.", ""},
		{"knowledge base is not a unit elsewhere", "Read the KB article and the 4 KB file.", "KB"},
		{"unit without a number", "Watch the IOPS.", "IOPS"},
		{"roman numeral in context", "Phase II, Tier III and Stage XIV are planned.", ""},
		{"roman letters out of context are acronyms", "Use the CLI, not the CD.", "CLI CD"},
		{"two letters only from the glossary", "Offices IN, OR and ME report to the UX team.", "UX"},
		{"acronyms everyone knows", "The CEO, the US office and the PDF.", ""},
		{"glossary entry naming this audience", "Our SLI is fine.", "SLI"},
		{"jargon shaped like an acronym is not an acronym", "Our DevOps team.", ""},
		{"single capitals", "I saw A and B.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := acronymTerms(t, glossary.Business, plainDoc(tt.src)); got != tt.want {
				t.Errorf("%q: got %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}

func TestAcronymShoutedSubject(t *testing.T) {
	src := "URGENT: ZTNA OUTAGE\n\nThe ZTNA gateway is down."
	doc := &Document{Path: "m.eml", Source: []byte(src), Segments: []Segment{
		NewVerbatimSegment(Subject, src[:19], 0),
		NewVerbatimSegment(Paragraph, src[21:], 21),
	}}
	fs := acronymLinter(t, glossary.Business).Check(doc)
	if got := summary(fs); got != "acronym-undefined:ZTNA@3:5" {
		t.Errorf("got %q, want the first use in the body", got)
	}
	head := &Document{Path: "h.md", Source: []byte("SSO DOWN"), Segments: []Segment{NewVerbatimSegment(Heading, "SSO DOWN", 0)}}
	if got := acronymTerms(t, glossary.Business, head); got != "SSO" {
		t.Errorf("all-capital heading: got %q, want SSO", got)
	}
}

func TestAcronymBase(t *testing.T) {
	tests := []struct {
		in, base string
		ok       bool
	}{
		{"SLA", "SLA", true}, {"APIs", "API", true}, {"API's", "API", true}, {"API’s", "API", true},
		{"R&D", "R&D", true}, {"B2B", "B2B", true}, {"2FA", "2FA", true}, {"S3", "S3", true}, {"P1s", "P1", true},
		{"SaaS", "SaaS", true}, {"OAuth", "OAuth", true}, {"NoSQL", "NoSQL", true},
		{"Hello", "", false}, {"hello", "", false}, {"A", "", false}, {"GitHub", "", false}, {"PowerShell", "", false},
		{"iOS", "", false}, {"macOS", "", false}, {"eBay", "", false}, {"HRconnect", "", false}, {"MyPortal", "", false},
		{"Win11", "", false}, {"INC0012345", "", false}, {"ERR_X", "", false}, {"Node.js", "", false},
		{"O'Brien", "", false}, {"ÉTÉ", "", false}, {"2024", "", false},
	}
	for _, tt := range tests {
		base, ok := acronymBase(tt.in)
		if ok != tt.ok || ok && base != tt.base {
			t.Errorf("acronymBase(%q) = %q, %v; want %q, %v", tt.in, base, ok, tt.base, tt.ok)
		}
	}
}

func TestIsRoman(t *testing.T) {
	for w, want := range map[string]bool{"II": true, "XIV": true, "MCMXCIX": true, "CLI": true, "CD": true, "IIII": false, "VX": false, "IC": false, "": false, "SLA": false} {
		if got := isRoman(w); got != want {
			t.Errorf("isRoman(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestCommonWords(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(acronymWords, "\n"), "\n")
	if !sort.StringsAreSorted(lines) {
		t.Fatal("acronym_words.txt is not sorted in byte order")
	}
	for i, w := range lines {
		if w == "" || strings.ToLower(w) != w || i > 0 && lines[i-1] == w {
			t.Fatalf("line %d: %q is empty, not lower case or repeated", i+1, w)
		}
		if i%997 == 0 && !isCommonWord(w) {
			t.Errorf("isCommonWord(%q) = false for a listed word", w)
		}
	}
	for _, w := range []string{lines[0], lines[len(lines)-1], "simple", "urgent", "action"} {
		if !isCommonWord(w) {
			t.Errorf("isCommonWord(%q) = false", w)
		}
	}
	for _, w := range []string{"ztna", "sla", "ii", "", "zzzzzz", "aaa"} {
		if isCommonWord(w) {
			t.Errorf("isCommonWord(%q) = true", w)
		}
	}
}
