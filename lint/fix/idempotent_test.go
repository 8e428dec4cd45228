package fix

import (
	"os"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/text"
)

// TestFixTwiceChangesNothing fixes text, then plans again on the result:
// the second plan must be empty.
func TestFixTwiceChangesNothing(t *testing.T) {
	l := testLinter(t)
	inputs := []string{
		"Going forward, we leverage SSO. SSO helps. An SLA is signed.",
		"We are utilizing a use case in order to execute the plan.",
		"Restart in\norder to finish, and touch base going\nforward.",
		"The deliverables and rollouts of an ideation session.",
	}
	for _, in := range inputs {
		once, p := fixText(t, l, in)
		if len(p.Edits) == 0 {
			t.Errorf("fix %q: expected edits, got none", in)
		}
		twice, p2 := fixText(t, l, once)
		if len(p2.Edits) != 0 || twice != once {
			t.Errorf("fix of fixed %q planned %v, gave %q", once, p2.Edits, twice)
		}
	}
}

// TestFixTwiceBuiltin does the same with the built-in glossary on the
// shipped example announcement.
func TestFixTwiceBuiltin(t *testing.T) {
	g, err := glossary.LoadAll(true)
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("../../testdata/examples/announcement.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := PlanFor(l, text.Read("announcement.txt", src))
	if len(p.Edits) == 0 {
		t.Fatal("expected fixes in the example announcement")
	}
	once, err := Apply(src, p.Edits)
	if err != nil {
		t.Fatal(err)
	}
	p2 := PlanFor(l, text.Read("announcement.txt", once))
	if len(p2.Edits) != 0 {
		t.Errorf("second fix planned %+v", p2.Edits)
	}
}
