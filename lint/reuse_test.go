package lint_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// TestReusedStorageChangesNothing checks that a linter which hands one
// document's token, match and sentence storage on to the next (Check and
// CheckEach release it) reports what a linter that never reuses it does,
// whatever order the documents come in.
func TestReusedStorageChangesNothing(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	docs := streamDocs(t)
	fresh := func() *lint.Linter {
		l, err := lint.New(g)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	want := make([][]lint.Finding, len(docs))
	for i, doc := range docs {
		// CheckAnalysis keeps its analysis, so nothing is reused.
		want[i], _ = fresh().CheckAnalysis(doc)
	}
	reused := fresh()
	order := make([]int, 0, 2*len(docs))
	for i := range docs {
		order = append(order, i)
	}
	reversed := slices.Clone(order)
	slices.Reverse(reversed)
	order = append(order, reversed...)
	for k, i := range order {
		var got []lint.Finding
		if k%2 == 0 {
			got = reused.Check(docs[i])
		} else {
			reused.CheckEach(docs[i], func(fs []lint.Finding) { got = append(got, fs...) })
		}
		if len(got) == 0 && len(want[i]) == 0 {
			continue
		}
		if !reflect.DeepEqual(want[i], got) {
			t.Errorf("%s, checked after other documents: %s", docs[i].Path, firstDifference(want[i], got))
		}
	}
}
