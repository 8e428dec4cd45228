package lint

import (
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

// TestBuiltinAdviceIsPlain checks that what the built-in glossary tells
// writers to use instead, in every sense, passes its own check: a
// replacement that is itself jargon or wordy for the audiences the entry
// counts for would send the writer round in circles.
func TestBuiltinAdviceIsPlain(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	linters := map[glossary.Audience]*Linter{}
	for _, a := range glossary.Audiences {
		if linters[a], err = New(g, WithAudience(a)); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range g.Entries {
		if e.Kind == glossary.Acronym {
			continue
		}
		advice := [][]string{e.Replace}
		for _, s := range e.Senses {
			advice = append(advice, s.Replace)
		}
		for _, list := range advice {
			for _, r := range list {
				for _, a := range glossary.Audiences {
					if !e.AppliesTo(a) {
						continue
					}
					for _, f := range linters[a].Check(plainDoc(r)) {
						if f.Rule == string(glossary.Jargon) || f.Rule == string(glossary.Wordy) {
							t.Errorf("%s: %q suggests %q, which is %s itself for %s readers (%q)", e.Source, e.Term, r, f.Rule, a, f.Term)
						}
					}
				}
			}
		}
	}
}
