package lint

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/rules"
)

// acronymGlossary is the glossary of the acronym tests: a few acronyms,
// some naming the audiences that need them explained, and a jargon entry
// shaped like an acronym.
const acronymGlossary = `
entries:
  - {term: SLA, kind: acronym, expansion: service level agreement, definition: A promise about service.}
  - {term: SSO, kind: acronym, expansion: single sign-on, audiences: [general, business, executive]}
  - {term: API, kind: acronym, expansion: application programming interface, audiences: [general, business, executive]}
  - {term: CD, kind: acronym, expansion: continuous delivery}
  - {term: UX, kind: acronym, expansion: user experience}
  - {term: KB, kind: acronym, expansion: knowledge base}
  - {term: SaaS, kind: acronym, expansion: software as a service, audiences: [general, business]}
  - {term: KPI, kind: acronym, expansion: key performance indicator, audiences: [general, business, technical]}
  - {term: CI/CD, kind: acronym, expansion: continuous integration and continuous delivery, audiences: [general, business, executive]}
  - {term: CEO, kind: acronym, expansion: chief executive officer, audiences: [none]}
  - {term: PDF, kind: acronym, expansion: Portable Document Format, audiences: [none]}
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
	l, err := New(g, WithAudience(audience), WithRuleDisabled(rules.AcronymDensity.ID))
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
		if f.Rule == rules.AcronymUndefined.ID {
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

func TestAcronymDefinitionOrder(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"defined first, quiet after", "Our service level agreement (SLA) is new. The SLA covers email.", ""},
		{"unknown acronym defined", "Zero trust network access (ZTNA) replaces the VPN. ZTNA is faster.", "acronym-undefined:VPN@1:47"},
		{"never defined, once with a count", "The SLA. The SLA. The SLA.", "acronym-undefined:SLA@1:5"},
		{"used before its definition", "The SLA is new.\nA service level agreement (SLA) is a promise.\nThe SLA again.", "acronym-late-definition:SLA@1:5"},
		{"a use that does not fit is not a definition", "Try the new portal (SLA) today.", "acronym-undefined:SLA@1:21"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary(acronymLinter(t, glossary.Business).Check(plainDoc(tt.src))); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAcronymFindingDetails(t *testing.T) {
	l := acronymLinter(t, glossary.Business)
	fs := l.Check(plainDoc("The SLA, the SLA and SLAs.\nZTNA too."))
	if len(fs) != 2 {
		t.Fatalf("got %s", summary(fs))
	}
	sla, ztna := fs[0], fs[1]
	if sla.Occurrences != 3 || sla.Expansion != "service level agreement" || sla.Definition != "A promise about service." ||
		sla.Suggestions[0] != "service level agreement (SLA)" || sla.Severity != glossary.Warning ||
		sla.Message != `SLA (service level agreement) is not spelled out; write "service level agreement (SLA)" the first time` {
		t.Errorf("glossary acronym: %+v", sla)
	}
	if ztna.Message != "ZTNA is not defined; spell it out the first time it is used" || ztna.Expansion != "" || len(ztna.Suggestions) != 0 {
		t.Errorf("unknown acronym: %+v", ztna)
	}

	// The document's own long form wins over the glossary's expansion.
	fs = l.Check(plainDoc("The SLA is new.\n\nOur Service-Level Agreement (SLA) says so."))
	if len(fs) != 1 || fs[0].Expansion != "Service-Level Agreement" || fs[0].Suggestions[0] != "Service-Level Agreement (SLA)" ||
		!strings.Contains(fs[0].Message, "spelled out on line 3") || fs[0].Occurrences != 1 {
		t.Errorf("late definition: %+v", fs)
	}
}

func TestAcronymFormatDefinitions(t *testing.T) {
	// HTML <abbr title="…"> reaches the rule as Document.Definitions.
	doc := plainDoc("The SLA and the ZTNA.")
	doc.Definitions = map[string]string{"SLA": "service level agreement", "ZTNA": "zero trust network access"}
	if got := summary(acronymLinter(t, glossary.Business).Check(doc)); got != "" {
		t.Errorf("got %q, want nothing", got)
	}
}

func TestAcronymSuppressedFirstUse(t *testing.T) {
	doc := plainDoc("The SLA here. The SLA there.")
	doc.Suppressions = []Suppression{{Start: 0, End: 13, Rules: []string{rules.AcronymUndefined.ID}}}
	fs := acronymLinter(t, glossary.Business).Check(doc)
	if got := summary(fs); got != "acronym-undefined:SLA@1:19" || fs[0].Occurrences != 1 {
		t.Errorf("got %q", got)
	}
}
