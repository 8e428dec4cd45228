package lint

import (
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/rules"
)

// TestAdviceNeverFailsItsOwnCheck writes every replacement (the entry's
// and each sense's) and expansion of the built-in glossary where its
// advice puts it, for every audience
// the entry speaks to, and checks that no word rule reports it: a writer
// who takes the advice must not be told off for it.
func TestAdviceNeverFailsItsOwnCheck(t *testing.T) {
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
			var advice []string
			for _, r := range e.Replace {
				advice = append(advice, "We chose "+r+" today.")
			}
			if e.Kind == glossary.Acronym && e.Expansion != "" {
				advice = append(advice, "We chose "+e.Expansion+" ("+e.Term+") today.")
			}
			// Each sense's replacements too (bandwidth about a network).
			for _, s := range e.Senses {
				senses++
				for _, r := range s.Replace {
					advice = append(advice, "We chose "+r+" today.")
				}
			}
			for _, text := range advice {
				for _, f := range l.Check(plainDoc(text)) {
					switch f.Rule {
					case rules.Jargon.ID, rules.Wordy.ID, rules.AcronymUndefined.ID, rules.AcronymLateDefinition.ID:
						t.Errorf("%s: the advice for %q, %q, is reported: %s", a, e.Term, text, f.Message)
					}
				}
			}
		}
	}
	if senses == 0 {
		t.Error("the built-in glossary has no senses to check")
	}
}
