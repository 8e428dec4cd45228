package style

import (
	"bufio"
	"os"
	"reflect"
	"strings"
	"testing"
)

// hitTexts returns what each hit covers, for readable failures.
func hitTexts(s string, hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, s[h.Start:h.End])
	}
	return out
}

func TestPassive(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"The server was restarted.", []string{"was restarted"}},
		{"The budget was split between the teams.", []string{"was split"}},
		{"The old rule was overridden by the board.", []string{"was overridden"}},
		{"It's been a long week.", nil},
		{"It's had a big impact on sales.", nil},
		{"We restarted the server.", nil},
		{"The bug was quickly fixed.", []string{"was quickly fixed"}},
		{"It has been carefully reviewed by the team.", []string{"has been carefully reviewed"}},
		{"The change has not yet been approved.", []string{"has not yet been approved"}},
		{"The laptops are being replaced.", []string{"are being replaced"}},
		{"The app could have been tested.", []string{"could have been tested"}},
		{"The report will be written tomorrow.", []string{"will be written"}},
		{"The servers needs to be shut down.", []string{"to be shut"}},
		{"The router got damaged.", []string{"got damaged"}},
		{"It is getting fixed.", []string{"is getting fixed"}},
		{"It's stored offsite.", []string{"'s stored"}},
		{"It’s stored offsite.", []string{"’s stored"}},
		{"That's handled elsewhere.", []string{"'s handled"}},
		{"They're told nothing.", []string{"'re told"}},
		{"The email wasn't delivered.", []string{"wasn't delivered"}},
		{"Was the server restarted?", []string{"Was the server restarted"}},
		{"Why were the logs deleted?", []string{"were the logs deleted"}},
		{"Is the server running?", nil},
		{"The disk was wiped and the laptop was sold.", []string{"was wiped", "was sold"}},
		{"We are interested in a demo.", nil},
		{"We were surprised by the bill.", []string{"were surprised"}},
		{"Our office is located in York.", nil},
		{"The team is based in Leeds.", nil},
		{"The plan is based on last year.", []string{"is based"}},
		{"The light is red.", nil},
		{"There is a need for speed.", nil},
		{"The platform is cloud-based.", nil},
		{"The server is unpatched.", nil},
		{"The account was unlocked.", []string{"was unlocked"}},
		{"The risk was underestimated.", []string{"was underestimated"}},
		{"We were supposed to finish.", nil},
		{"I am used to working late.", nil},
		{"This tool is used to store keys.", []string{"is used"}},
		{"It is bound to fail.", nil},
		{"Let's get started.", nil},
		{"We must get rid of it.", nil},
		{"He's gone home.", nil},
		{"The team's signed form arrived.", nil},
		{"I am done with it.", nil},
		{"The work was done at night.", []string{"was done"}},
		{"The fault is Ted's.", nil},
		{"", nil},
		{"was", nil},
	}
	for _, tc := range tests {
		got := hitTexts(tc.sentence, Passive(tc.sentence))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Passive(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// minPassivePrecision is the precision the labelled set must reach.
const minPassivePrecision = 0.90

// TestPassiveLabelledSet scores Passive on testdata/passive.tsv, sentences
// written for this project and labelled by hand, and logs precision and
// recall for the package documentation.
func TestPassiveLabelledSet(t *testing.T) {
	f, err := os.Open("testdata/passive.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var tp, fp, fn, tn int
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		label, s, ok := strings.Cut(text, "\t")
		if !ok || (label != "passive" && label != "other") {
			t.Fatalf("passive.tsv:%d: want passive|other<TAB>sentence, got %q", line, text)
		}
		found := len(Passive(s)) > 0
		switch {
		case found && label == "passive":
			tp++
		case found:
			fp++
			t.Logf("false positive: %q %q", s, hitTexts(s, Passive(s)))
		case label == "passive":
			fn++
			t.Logf("missed: %q", s)
		default:
			tn++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n := tp + fp + fn + tn; n < 150 {
		t.Fatalf("passive.tsv has %d sentences, want at least 150", n)
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(max(tp+fn, 1))
	t.Logf("passive labelled set: %d passive, %d other; precision %.3f (%d/%d), recall %.3f (%d/%d)",
		tp+fn, fp+tn, precision, tp, tp+fp, recall, tp, tp+fn)
	if precision < minPassivePrecision {
		t.Errorf("precision %.3f is below %.2f", precision, minPassivePrecision)
	}
}
