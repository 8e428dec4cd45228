package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/audience"
	"github.com/dejargon/dejargon/lint/rules"
)

// The same draft read by each audience: API is known to technical
// readers only, SLI names only non-technical audiences, latency is an IT
// term technical readers accept, synergy and "in order to" count for
// everyone, and ZTNA is unknown to every glossary.
const audienceDraft = "The API and SLI show latency. In order to find synergy, the KPI and ZTNA matter."

func TestAudiences(t *testing.T) {
	tests := []struct {
		audience glossary.Audience
		want     string
	}{
		{glossary.General, "API:warning SLI:warning latency:warning In order to:suggestion synergy:warning KPI:warning ZTNA:warning"},
		{glossary.Business, "API:warning SLI:warning latency:warning In order to:suggestion synergy:warning KPI:warning ZTNA:warning"},
		{glossary.Executive, "API:warning SLI:warning latency:warning In order to:warning synergy:warning ZTNA:warning"},
		{glossary.Technical, "In order to:suggestion synergy:warning KPI:suggestion ZTNA:suggestion"},
	}
	for _, tt := range tests {
		t.Run(string(tt.audience), func(t *testing.T) {
			var got []string
			for _, f := range acronymLinter(t, tt.audience).Check(plainDoc(audienceDraft)) {
				got = append(got, fmt.Sprintf("%s:%s", f.Match, f.Severity))
			}
			if s := strings.Join(got, " "); s != tt.want {
				t.Errorf("got  %s\nwant %s", s, tt.want)
			}
		})
	}
}

func TestAcronymDensity(t *testing.T) {
	// RPO, RTO, EDR and SIEM need no definition for technical readers.
	src := "ZTNA, RPO and RTO, then MDM, EDR, SIEM, CASB, SASE, XDR, DLP and UEBA."
	tests := []struct {
		audience glossary.Audience
		want     string
	}{
		{glossary.General, "acronym-density:RTO@1:15"},
		{glossary.Business, "acronym-density:MDM@1:25"},
		{glossary.Executive, "acronym-density:MDM@1:25"},
		{glossary.Technical, "acronym-density:UEBA@1:66"},
	}
	g := &glossary.Glossary{}
	for _, tt := range tests {
		t.Run(string(tt.audience), func(t *testing.T) {
			l, err := New(g, WithAudience(tt.audience), WithRuleDisabled(rules.AcronymUndefined.ID))
			if err != nil {
				t.Fatal(err)
			}
			fs := l.Check(plainDoc(src))
			if got := summary(fs); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	l, err := New(g, WithRuleDisabled(rules.AcronymUndefined.ID))
	if err != nil {
		t.Fatal(err)
	}
	if fs := l.Check(plainDoc("ZTNA, RPO and RTO.")); len(fs) != 0 {
		t.Errorf("three acronyms for business readers: got %s", summary(fs))
	}
}

func TestProfileValues(t *testing.T) {
	tests := []struct {
		audience     glossary.Audience
		grade        float64
		words, limit int
	}{
		{glossary.General, 8, 20, 2},
		{glossary.Business, 10, 25, 3},
		{glossary.Executive, 10, 25, 3},
		{glossary.Technical, 12, 30, 6},
	}
	for _, tt := range tests {
		p, err := audience.NewProfile(tt.audience)
		if err != nil {
			t.Fatal(err)
		}
		if p.TargetGrade != tt.grade || p.MaxSentenceWords != tt.words || p.MaxAcronyms != tt.limit {
			t.Errorf("%s: grade %v, sentence %d, acronyms %d", tt.audience, p.TargetGrade, p.MaxSentenceWords, p.MaxAcronyms)
		}
	}
	general, _ := audience.NewProfile(glossary.General)
	technical, _ := audience.NewProfile(glossary.Technical)
	if len(general.Known) >= len(technical.Known) || !general.Known["CEO"] || general.Known["HR"] || !technical.Known["CI/CD"] {
		t.Error("general readers should know the fewest acronyms, technical readers CI/CD")
	}
}
