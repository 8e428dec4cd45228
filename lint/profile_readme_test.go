package lint

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/audience"
	"github.com/dejargon/dejargon/lint/rules"
)

// readmeAudienceTable returns the rows of the README's audience table, by
// the text of their first cell, each with one cell per audience in the
// order of glossary.Audiences.
func readmeAudienceTable(t *testing.T) map[string][]string {
	t.Helper()
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "\n**Audiences.**")
	if start < 0 {
		t.Fatal("README: no **Audiences.** paragraph")
	}
	rows := map[string][]string{}
	header := true
	for _, line := range strings.Split(text[start:], "\n") {
		if !strings.HasPrefix(line, "|") {
			if len(rows) > 0 || !header {
				break
			}
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), " | ")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if header {
			want := []string{""}
			for _, a := range glossary.Audiences {
				want = append(want, "`"+string(a)+"`")
			}
			if strings.Join(cells, "|") != strings.Join(want, "|") {
				t.Fatalf("README audience table header %q, want the audiences %q", cells, want)
			}
			header = false
			continue
		}
		if strings.HasPrefix(cells[0], "---") {
			continue
		}
		if len(cells) != len(glossary.Audiences)+1 {
			t.Fatalf("README audience table row %q has %d cells", cells[0], len(cells))
		}
		rows[cells[0]] = cells[1:]
	}
	return rows
}

// TestReadmeAudienceTable keeps the README's table of audiences in step
// with the profiles (thresholds) and the rule registry (severities), the
// one source of each value.
func TestReadmeAudienceTable(t *testing.T) {
	rows := readmeAudienceTable(t)
	severity := func(r *analysis.Rule) func(*audience.Profile) string {
		return func(p *audience.Profile) string { return string(r.SeverityFor(p.Audience)) }
	}
	derive := map[string]func(p *audience.Profile) string{
		"`acronym-undefined`, `acronym-late-definition`": severity(rules.AcronymUndefined),
		"`jargon`":                       severity(rules.Jargon),
		"`wordy`":                        severity(rules.Wordy),
		"`long-sentence`, `readability`": severity(rules.LongSentence),
		"`passive-voice`":                severity(rules.PassiveVoice),
		"`hidden-verb`":                  severity(rules.HiddenVerb),
		"`acronym-density` above":        func(p *audience.Profile) string { return fmt.Sprint(p.MaxAcronyms) },
		"target reading grade":           func(p *audience.Profile) string { return fmt.Sprint(p.TargetGrade) },
		"longest easy sentence (words)":  func(p *audience.Profile) string { return fmt.Sprint(p.MaxSentenceWords) },
	}
	for label, f := range derive {
		cells, ok := rows[label]
		if !ok {
			t.Errorf("README audience table has no row %s", label)
			continue
		}
		for i, a := range glossary.Audiences {
			p, err := audience.NewProfile(a)
			if err != nil {
				t.Fatal(err)
			}
			want := f(p)
			// A cell may qualify the value after a comma (jargon for
			// technical readers) or name its unit (2 acronyms).
			got, _, _ := strings.Cut(cells[i], ",")
			got = strings.TrimSuffix(got, " acronyms")
			if got != want {
				t.Errorf("README row %s, %s: %q, want %q", label, a, cells[i], want)
			}
		}
	}
	for _, a := range glossary.Audiences {
		if rules.LongSentence.SeverityFor(a) != rules.Readability.SeverityFor(a) {
			t.Errorf("README: long-sentence and readability share a row but not a severity for %s", a)
		}
		if rules.AcronymUndefined.SeverityFor(a) != rules.AcronymLateDefinition.SeverityFor(a) {
			t.Errorf("README: the acronym rules share a row but not a severity for %s", a)
		}
	}
}

// TestReadmeKnownAcronyms checks the acronyms the README names as known
// to each audience against the glossary: none of them is flagged for it.
func TestReadmeKnownAcronyms(t *testing.T) {
	const label = "acronyms known without a definition (their glossary entry leaves the audience out)"
	cells, ok := readmeAudienceTable(t)[label]
	if !ok {
		t.Fatalf("README audience table has no row %q", label)
	}
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	entries := map[string]*glossary.Entry{}
	for _, e := range g.Entries {
		entries[e.Term] = e
	}
	for i, a := range glossary.Audiences {
		p, err := audience.NewProfile(a)
		if err != nil {
			t.Fatal(err)
		}
		_, list, _ := strings.Cut(cells[i], ": ")
		n := 0
		for _, name := range strings.Split(strings.TrimSuffix(list, "…"), ", ") {
			e := entries[name]
			if e == nil {
				t.Errorf("README names %s as known to %s readers, but the glossary has no entry for it", name, a)
				continue
			}
			n++
			if _, counts := rules.Judge(e, p); counts {
				t.Errorf("README names %s as known to %s readers, but its entry flags it for them", name, a)
			}
		}
		if n < 5 {
			t.Errorf("README names only %d acronyms known to %s readers", n, a)
		}
	}
}
