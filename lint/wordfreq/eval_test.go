package wordfreq_test

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/rules"
)

// The figures the evaluation must reach for business readers, stated in
// the README.
const (
	minPrecision        = 0.8
	minFindingsPer1000  = 0.5
	evalLabels          = "testdata/eval/labels.tsv"
	evalExamplesPattern = "../../testdata/examples/*"
	// heldOutPattern matches the IT notices of the repository's evaluation
	// set, labelled after the thresholds were chosen; their figures are
	// logged apart and not held to the minimums.
	heldOutPattern = "../../testdata/eval/[0-9]*.*"
)

// TestEvaluation runs the rare-word rule over the evaluation set (the
// shipped examples and a sample of Newton's Opticks) and scores it
// against the committed labels, failing under the minimums for business
// readers; general readers and the held-out IT notices are logged.
func TestEvaluation(t *testing.T) {
	labels := readLabels(t)
	paths, err := filepath.Glob(evalExamplesPattern)
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples at %s (%v)", evalExamplesPattern, err)
	}
	paths = append(paths, "testdata/eval/opticks.txt")
	heldOut, err := filepath.Glob(heldOutPattern)
	if err != nil {
		t.Fatal(err)
	}
	var notices []string
	for _, p := range heldOut {
		if !strings.HasSuffix(p, ".labels") {
			notices = append(notices, p)
		}
	}
	for _, set := range []struct {
		name  string
		paths []string
		gated bool
	}{{"evaluation set", paths, true}, {"held-out IT notices", notices, false}} {
		for _, aud := range []glossary.Audience{glossary.Business, glossary.General} {
			evaluate(t, labels, set.name, aud, set.paths, set.gated && aud == glossary.Business)
		}
	}
}

// evaluate scores the rule for audience aud on paths against the labels,
// failing under the minimums when gated.
func evaluate(t *testing.T, labels map[string]bool, name string, aud glossary.Audience, paths []string, gated bool) {
	t.Helper()
	found, words := runRule(t, aud, paths)
	yes := 0
	var unlabelled []string
	for _, term := range found {
		explain, ok := labels[term]
		switch {
		case !ok:
			unlabelled = append(unlabelled, term)
		case explain:
			yes++
		}
	}
	if len(unlabelled) > 0 {
		sort.Strings(unlabelled)
		t.Fatalf("%s, %s: label these words in %s: %s", name, aud, evalLabels, strings.Join(unlabelled, ", "))
	}
	precision := float64(yes) / float64(max(len(found), 1))
	per1000 := float64(len(found)) * 1000 / float64(max(words, 1))
	t.Logf("%s, %s: %d findings in %d words (%.2f per 1,000), %d need explaining: precision %.2f", name, aud, len(found), words, per1000, yes, precision)
	if !gated {
		return
	}
	if precision < minPrecision {
		t.Errorf("%s, %s: precision %.2f is under %.2f", name, aud, precision, minPrecision)
	}
	if per1000 < minFindingsPer1000 {
		t.Errorf("%s, %s: %.2f findings per 1,000 words is under %.2f", name, aud, per1000, minFindingsPer1000)
	}
}

// runRule returns the terms of the rare-word findings in the files for
// audience aud, one per finding, and the number of words checked.
func runRule(t *testing.T, aud glossary.Audience, paths []string) ([]string, int) {
	t.Helper()
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g, lint.WithAudience(aud))
	if err != nil {
		t.Fatal(err)
	}
	var terms []string
	words := 0
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := reader.Read(path, src, reader.Options{})
		if err != nil {
			t.Fatal(err)
		}
		findings, a := l.CheckAnalysis(doc)
		for _, s := range a.Segments {
			words += len(s.Tokens)
		}
		for _, f := range findings {
			if f.Rule == rules.RareWord.ID {
				terms = append(terms, f.Term)
			}
		}
	}
	return terms, words
}

func readLabels(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open(evalLabels)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	labels := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 || fields[1] != "yes" && fields[1] != "no" || fields[2] == "" {
			t.Fatalf("%s:%d: want word, yes or no, and why, separated by tabs", evalLabels, n)
		}
		if _, dup := labels[fields[0]]; dup {
			t.Fatalf("%s:%d: %s is labelled twice", evalLabels, n, fields[0])
		}
		labels[fields[0]] = fields[1] == "yes"
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return labels
}
