package lint

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
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
	doc.Suppressions = []Suppression{{Start: 0, End: 13, Rules: []string{RuleAcronymUndefined}}}
	fs := acronymLinter(t, glossary.Business).Check(doc)
	if got := summary(fs); got != "acronym-undefined:SLA@1:19" || fs[0].Occurrences != 1 {
		t.Errorf("got %q", got)
	}
}
