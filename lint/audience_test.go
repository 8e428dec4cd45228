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
	// RPO, RTO, EDR and SIEM need no definition for technical readers:
	// their built-in glossary entries name only the other audiences.
	src := "ZTNA, RPO and RTO, then MDM, EDR, SIEM, CASB, SASE, XDR, DLP and UEBA."
	tests := []struct {
		audience glossary.Audience
		want     string
	}{
		{glossary.General, "acronym-density:RTO@1:15"},
		{glossary.Business, "acronym-density:MDM@1:25"},
		{glossary.Executive, "acronym-density:MDM@1:25"},
		{glossary.Technical, ""}, // only MDM and UEBA count
	}
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
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
	l, err = New(g, WithAudience(glossary.Technical), WithRuleDisabled(rules.AcronymUndefined.ID))
	if err != nil {
		t.Fatal(err)
	}
	const unknown = "ZTNA, MDM, UEBA, RPO, QWZX, VBNQ, KJHQ, XQJV and then PLMQ."
	if got, want := summary(l.Check(plainDoc(unknown))), "acronym-density:PLMQ@1:55"; got != want {
		t.Errorf("seven acronyms that technical readers need spelled out: got %q, want %q", got, want)
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
}

func TestJudge(t *testing.T) {
	tests := []struct {
		name      string
		entry     glossary.Entry
		audience  glossary.Audience
		want      glossary.Severity
		wantCount bool
	}{
		{"everyone's acronym", glossary.Entry{Kind: glossary.Acronym}, glossary.Technical, glossary.Suggestion, true},
		{"named audience", glossary.Entry{Kind: glossary.Acronym, Audiences: []glossary.Audience{glossary.General}}, glossary.General, glossary.Warning, true},
		{"other audience", glossary.Entry{Kind: glossary.Acronym, Audiences: []glossary.Audience{glossary.General}}, glossary.Business, "", false},
		{"known to all", glossary.Entry{Kind: glossary.Acronym, Audiences: []glossary.Audience{glossary.Nobody}}, glossary.General, "", false},
		{"wordy for executives", glossary.Entry{Kind: glossary.Wordy}, glossary.Executive, glossary.Warning, true},
		{"wordy for business", glossary.Entry{Kind: glossary.Wordy}, glossary.Business, glossary.Suggestion, true},
		{"entry's own severity", glossary.Entry{Kind: glossary.Wordy, Severity: glossary.Error}, glossary.Business, glossary.Error, true},
	}
	for _, tt := range tests {
		p, err := audience.NewProfile(tt.audience)
		if err != nil {
			t.Fatal(err)
		}
		got, counts := rules.Judge(&tt.entry, p)
		if got != tt.want || counts != tt.wantCount {
			t.Errorf("%s: Judge = %q, %v; want %q, %v", tt.name, got, counts, tt.want, tt.wantCount)
		}
	}
}

// TestLinterJudge checks that the linter's verdict on an entry follows
// the settings Check applies to findings.
func TestLinterJudge(t *testing.T) {
	e := &glossary.Entry{Term: "leverage", Kind: glossary.Jargon}
	tests := []struct {
		name      string
		opts      []Option
		want      glossary.Severity
		wantCount bool
	}{
		{"default", nil, glossary.Warning, true},
		{"rule severity", []Option{WithRuleSeverity(rules.Jargon.ID, glossary.Error)}, glossary.Error, true},
		{"rule off", []Option{WithRuleDisabled(rules.Jargon.ID)}, "", false},
		{"allowed", []Option{WithAllowed("Leverage")}, "", false},
	}
	for _, tt := range tests {
		l, err := New(&glossary.Glossary{Entries: []*glossary.Entry{e}}, tt.opts...)
		if err != nil {
			t.Fatal(err)
		}
		got, counts := l.Judge(e)
		if got != tt.want || counts != tt.wantCount {
			t.Errorf("%s: Judge = %q, %v; want %q, %v", tt.name, got, counts, tt.want, tt.wantCount)
		}
		findings := l.Check(plainDoc("We leverage it."))
		if counts != (len(findings) == 1) || counts && findings[0].Severity != got {
			t.Errorf("%s: Judge = %q, %v, but Check reports %s", tt.name, got, counts, summary(findings))
		}
	}
}

// TestKnownAcronymsAreGlossaryData checks who knows an everyday acronym
// by checking a sentence: the built-in glossary, not the profile, decides.
func TestKnownAcronymsAreGlossaryData(t *testing.T) {
	const draft = "The CEO and the CTO met the HR team about the API and the KPI."
	builtin, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		audience glossary.Audience
		want     string
	}{
		{glossary.General, "CTO:warning API:warning KPI:warning"},
		{glossary.Business, "API:warning KPI:warning"},
		{glossary.Executive, "API:warning"},
		{glossary.Technical, "KPI:suggestion"},
	}
	for _, tt := range tests {
		var got []string
		l, err := New(builtin, WithAudience(tt.audience), WithRuleDisabled(rules.AcronymDensity.ID))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range l.Check(plainDoc(draft)) {
			got = append(got, fmt.Sprintf("%s:%s", f.Match, f.Severity))
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("%s: got %s, want %s", tt.audience, s, tt.want)
		}
	}
}
