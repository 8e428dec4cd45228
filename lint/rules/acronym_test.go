package rules

import (
	"slices"
	"testing"

	"github.com/dejargon/dejargon/lint/analysis"
)

// TestAcronymNotSpelledOutInPlace: where a glossary acronym with plain
// words cannot be spelled out ("the VPN's client"), the finding has no
// fix, says why, and still suggests the long form and the plain words;
// where it can, the spelling out is the first fix.
func TestAcronymNotSpelledOutInPlace(t *testing.T) {
	g, m, p := builtinForGeneral(t)
	for _, c := range []struct {
		text    string
		fixable bool
	}{
		{"Connect to the VPN's client today.", false},
		{"Connect to the VPN today.", true},
	} {
		doc := paragraphDoc("t.txt", c.text)
		var got []analysis.Finding
		AcronymUndefined.Check.Run(analysis.New(doc, g, m, p, nil), func(f analysis.Finding) { got = append(got, f) })
		if len(got) != 1 || got[0].Term != "VPN" {
			t.Fatalf("%q: findings %+v, want one for VPN", c.text, got)
		}
		f := got[0]
		if len(f.Suggestions) < 2 || f.Suggestions[0] != "virtual private network (VPN)" {
			t.Errorf("%q: suggestions %q, want the long form, then plain words", c.text, f.Suggestions)
		}
		if !c.fixable {
			if len(f.Fixes) != 0 || f.Unfixable == "" {
				t.Errorf("%q: fixes %+v, unfixable %q; want none, and why", c.text, f.Fixes, f.Unfixable)
			}
			continue
		}
		if len(f.Fixes) < 2 || f.Unfixable != "" {
			t.Fatalf("%q: fixes %+v, unfixable %q; want the spelling out and the plain words", c.text, f.Fixes, f.Unfixable)
		}
		if !slices.ContainsFunc(f.Fixes[:1], func(x analysis.Fix) bool { return x.Edits[0].New == "virtual private network (VPN)" }) {
			t.Errorf("%q: first fix %+v, want the spelling out", c.text, f.Fixes[0])
		}
	}
}
