package fix

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/rules"
)

// TestConvergence is fix's promise, on the shipped examples, the reader
// fixtures and a corpus generated from every built-in entry, for every
// audience: after fix, check reports nothing that fix could fix and
// nothing inside the words fix wrote, and a second fix changes nothing.
func TestConvergence(t *testing.T) {
	g, err := glossary.LoadAll(true)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string][]byte{}
	for _, pattern := range []string{"../../testdata/examples/*", "../../testdata/fixtures/*"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			if strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, "README.md") {
				continue
			}
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			docs[filepath.Base(filepath.Dir(p))+"/"+filepath.Base(p)] = src
		}
	}
	docs["generated.txt"] = glossaryCorpus(g)
	if len(docs) < 10 {
		t.Fatalf("only %d documents", len(docs))
	}
	for _, a := range glossary.Audiences {
		l, err := lint.New(g, lint.WithAudience(a))
		if err != nil {
			t.Fatal(err)
		}
		for name, src := range docs {
			t.Run(string(a)+"/"+name, func(t *testing.T) {
				converges(t, l, name, src)
			})
		}
	}
}

// converges fixes src once and checks the result.
func converges(t *testing.T, l *lint.Linter, name string, src []byte) {
	doc, err := reader.Read(name, src, reader.Options{})
	if err != nil {
		t.Skipf("not read: %v", err)
	}
	p := PlanFor(l, doc)
	out, err := Apply(src, p.Edits)
	if err != nil {
		t.Fatal(err)
	}
	doc2, err := reader.Read(name, out, reader.Options{})
	if err != nil {
		t.Fatalf("fixed text unreadable: %v", err)
	}
	if p2 := PlanFor(l, doc2); len(p2.Edits) > 0 {
		t.Errorf("a second fix would change %d places, first %+v", len(p2.Edits), p2.Edits[0])
	}
	inserted := insertedRanges(p.Edits)
	for _, f := range l.Check(doc2) {
		if !termRule(f.Rule) {
			continue
		}
		for _, r := range inserted {
			if f.Offset >= r[0] && f.Offset+f.Length <= r[1] {
				t.Errorf("fix wrote %q and check reports it: %s %s", out[r[0]:r[1]], f.Rule, f.Message)
			}
		}
	}
}

// termRule reports the rules about words, which text fix writes must
// never trip; sentence rules judge whole sentences around it.
func termRule(id string) bool {
	return id == rules.Jargon.ID || id == rules.Wordy.ID || id == rules.AcronymUndefined.ID || id == rules.AcronymLateDefinition.ID
}

// insertedRanges gives where each edit's new text lies in the fixed file.
func insertedRanges(edits []Edit) [][2]int {
	var out [][2]int
	shift := 0
	for _, e := range edits {
		start := e.Offset + shift
		out = append(out, [2]int{start, start + len(e.New)})
		shift += len(e.New) - e.Length
	}
	return out
}

// glossaryCorpus writes every built-in term into sentences in the places
// fix must handle: after an article, at the start of a sentence, in the
// plural and in other word forms.
func glossaryCorpus(g *glossary.Glossary) []byte {
	var b strings.Builder
	for i, e := range g.Entries {
		t := e.Term
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "We talked about %s today. ", t)
		case 1:
			fmt.Fprintf(&b, "%s came up twice. ", strings.ToUpper(t[:1])+t[1:])
		case 2:
			fmt.Fprintf(&b, "They asked for a %s and %ss. ", t, t)
		case 3:
			fmt.Fprintf(&b, "Is %s the right word? ", t)
		}
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return []byte(b.String())
}
