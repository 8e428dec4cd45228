package fix

import (
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/text"
)

// TestLateDefinitionFixedOnce: fix spells an acronym out at its first use
// and, in the same paragraph, cuts the later definition down to the
// acronym; in another paragraph the definition stays, since fix checks
// each paragraph as it will read and "The VPN keeps" alone would look
// undefined. Either way a second run changes nothing.
func TestLateDefinitionFixedOnce(t *testing.T) {
	g, err := glossary.LoadAll(true)
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, want string }{
		{"Connect to the VPN first. The virtual private network (VPN) keeps traffic private.\n",
			"Connect to the virtual private network (VPN) first. The VPN keeps traffic private.\n"},
		{"Connect to the VPN first.\n\nThe virtual private network (VPN) keeps traffic private.\n",
			"Connect to the virtual private network (VPN) first.\n\nThe virtual private network (VPN) keeps traffic private.\n"},
	} {
		once, _ := fixText(t, l, tt.in)
		if once != tt.want {
			t.Errorf("fix %q:\n got %q\nwant %q", tt.in, once, tt.want)
		}
		if p := PlanFor(l, text.Read("t.txt", []byte(once))); len(p.Edits) != 0 {
			t.Errorf("second fix of %q planned %+v", once, p.Edits)
		}
		// The finding's own fix is what the editor and the web page
		// apply without fix's plan: it must do what fix does.
		for _, f := range l.Check(text.Read("t.txt", []byte(tt.in))) {
			if len(f.Fixes) == 0 {
				continue
			}
			got := tt.in
			for i := len(f.Fixes[0].Edits) - 1; i >= 0; i-- {
				e := f.Fixes[0].Edits[i]
				got = got[:e.Offset] + e.New + got[e.End():]
			}
			if got != tt.want {
				t.Errorf("first fix of the %s finding on %q:\n got %q\nwant %q", f.Rule, tt.in, got, tt.want)
			}
		}
	}
}
