package fix

import (
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/text"
)

// testGlossary holds the terms the table tests rewrite.
const testGlossary = `
entries:
  - {term: leverage, kind: jargon, replace: [use]}
  - {term: utilize, kind: jargon, replace: [use]}
  - {term: synergy, kind: jargon, replace: [cooperation]}
  - {term: execute, kind: jargon, replace: [carry out]}
  - {term: spin up, kind: jargon, replace: [start]}
  - {term: stand up, kind: jargon, replace: [set up]}
  - {term: onboard, kind: jargon, replace: [bring in]}
  - {term: architect, kind: jargon, replace: [build]}
  - {term: ideate, kind: jargon, replace: [think up]}
  - {term: touch base, kind: jargon, replace: [talk]}
  - {term: incentivize, kind: jargon, replace: [encourage]}
  - {term: pain point, kind: jargon, replace: [problem]}
  - {term: deliverable, kind: jargon, replace: [result]}
  - {term: ideation, kind: jargon, replace: [brainstorming]}
  - {term: use case, kind: jargon, replace: [example]}
  - {term: roll out, kind: jargon, replace: [launch], forms: [rollout]}
  - {term: go-live, kind: jargon, replace: [launch], fix: false}
  - {term: employ, kind: jargon, replace: [leverage]}
  - {term: synergize, kind: jargon}
  - {term: going forward, kind: wordy, replace: [from now on]}
  - {term: in order to, kind: wordy, replace: [to]}
  - {term: at this point in time, kind: wordy, replace: [now]}
  - {term: due to the fact that, kind: wordy, replace: [because]}
  - {term: prior to, kind: wordy, replace: [before]}
  - {term: SSO, kind: acronym, expansion: single sign-on, definition: One sign-in that opens many apps.}
  - {term: SLA, kind: acronym, expansion: service level agreement, replace: [service promise], fix: false}
  - {term: KPI, kind: acronym, expansion: key performance indicator}
  - {term: API, kind: acronym, expansion: application programming interface}
  - {term: VPN, kind: acronym, definition: A private tunnel to the office network.}
`

func testLinter(t *testing.T) *lint.Linter { return testLinterF(t) }

func testLinterF(t testing.TB) *lint.Linter {
	t.Helper()
	g, err := glossary.Parse("test.yaml", []byte(testGlossary))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g, lint.WithAudience(glossary.Business))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// fixText runs a plan over plain text and applies it.
func fixText(t *testing.T, l *lint.Linter, src string) (string, *Plan) {
	t.Helper()
	doc := text.Read("t.txt", []byte(src))
	p := PlanFor(l, doc)
	out, err := Apply(doc.Source, p.Edits)
	if err != nil {
		t.Fatalf("Apply(%q): %v", src, err)
	}
	return string(out), p
}
