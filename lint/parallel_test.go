package lint

import (
	"reflect"
	"runtime"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
)

// TestLargeDocumentSameOnEveryCore checks a document large enough to be
// shared out over the cores with one core and with four, and wants the
// same findings, fixes, sentences and scores in the same order.
func TestLargeDocumentSameOnEveryCore(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g)
	if err != nil {
		t.Fatal(err)
	}
	doc := benchDoc(analysis.ParallelText * 2)
	check := func(procs int) ([]Finding, *Analysis) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		return l.CheckAnalysis(doc)
	}
	one, a1 := check(1)
	many, a4 := check(4)
	if len(one) < 1000 {
		t.Fatalf("only %d findings", len(one))
	}
	if !reflect.DeepEqual(one, many) {
		t.Errorf("findings differ: %d on one core, %d on four", len(one), len(many))
	}
	if !reflect.DeepEqual(a1.Sentences(), a4.Sentences()) || a1.Readability() != a4.Readability() {
		t.Error("sentences or readability differ between one core and four")
	}
	for i := range a1.Segments {
		if !reflect.DeepEqual(a1.Segments[i].Tokens, a4.Segments[i].Tokens) || !reflect.DeepEqual(a1.Segments[i].Matches, a4.Segments[i].Matches) {
			t.Fatalf("segment %d: tokens or matches differ", i)
		}
	}
}
