package lint

import (
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/rules"
)

// TestSenseAdviceNeverFailsItsOwnCheck does for the replacements of each
// sense what TestAdviceNeverFailsItsOwnCheck does for an entry's own: a
// writer who takes the advice a sense gives must not be told off for it.
func TestSenseAdviceNeverFailsItsOwnCheck(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	senses := 0
	for _, a := range glossary.Audiences {
		l, err := New(g, WithAudience(a), WithRuleDisabled(rules.AcronymDensity.ID))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range g.Entries {
			if !e.AppliesTo(a) {
				continue
			}
			for _, s := range e.Senses {
				senses++
				for _, r := range s.Replace {
					text := "We chose " + r + " today."
					for _, f := range l.Check(plainDoc(text)) {
						switch f.Rule {
						case rules.Jargon.ID, rules.Wordy.ID, rules.AcronymUndefined.ID, rules.AcronymLateDefinition.ID:
							t.Errorf("%s: sense advice for %q, %q, is reported: %s", a, e.Term, text, f.Message)
						}
					}
				}
			}
		}
	}
	if senses == 0 {
		t.Fatal("the built-in glossary has no senses to check")
	}
}
