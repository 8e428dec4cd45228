package analysis

import (
	"bufio"
	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/audience"
	"github.com/dejargon/dejargon/lint/document"
	"github.com/dejargon/dejargon/lint/match"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint/style"
)

// styleFuncWords returns the words in the case clauses of function fn in a
// source file of package style.
func styleFuncWords(t *testing.T, file, fn string) []string {
	t.Helper()
	src, err := os.ReadFile("../style/" + file)
	if err != nil {
		t.Fatal(err)
	}
	body := string(src)
	i := strings.Index(body, "\nfunc "+fn+"(")
	if i < 0 {
		t.Fatalf("%s: no func %s", file, fn)
	}
	body = body[i+1:]
	if j := strings.Index(body, "\n}\n"); j >= 0 {
		body = body[:j]
	}
	var words []string
	for _, c := range regexp.MustCompile(`case ([^:]+):`).FindAllStringSubmatch(body, -1) {
		for _, q := range regexp.MustCompile(`"([^"]+)"`).FindAllStringSubmatch(c[1], -1) {
			words = append(words, q[1])
		}
	}
	if len(words) == 0 {
		t.Fatalf("%s: found no words in %s", file, fn)
	}
	return words
}

// TestCuesCoverStyleWords keeps the Cue lists a superset of the words the
// style detectors start from, so filtering never loses a hit.
func TestCuesCoverStyleWords(t *testing.T) {
	tests := []struct {
		file, fn string
		want     Cue
	}{
		{"participles.go", "isBeForm", CuePassive},
		{"participles.go", "isGetForm", CuePassive},
		{"lightverbs.go", "lightVerbForm", CueHiddenVerb},
	}
	for _, tt := range tests {
		for _, w := range styleFuncWords(t, tt.file, tt.fn) {
			for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ReplaceAll(w, "'", "’")} {
				if strings.HasPrefix(form, "'") || strings.HasPrefix(form, "’") {
					form = "it" + form // a clitic arrives attached to its host
				}
				if tokenCues(form)&tt.want == 0 {
					t.Errorf("%s in %s: %q is not a Cue", tt.fn, tt.file, form)
				}
			}
		}
	}
}

func TestTokenCues(t *testing.T) {
	tests := []struct {
		word string
		want Cue
	}{
		{"was", CuePassive},
		{"WAS", CuePassive},
		{"made", CueHiddenVerb},
		{"server", 0},
		{"Zürich", 0},
		{"undertakings", 0},
		{"it's", CuePassive | CueHiddenVerb},
		{"they’re", CuePassive | CueHiddenVerb},
		{"Node.js", CuePassive | CueHiddenVerb},
	}
	for _, tt := range tests {
		if got := tokenCues(tt.word); got != tt.want {
			t.Errorf("tokenCues(%q) = %b, want %b", tt.word, got, tt.want)
		}
	}
}

// TestCuesLoseNoHits runs the rules with and without the Cue filter over
// the labelled passive sentences and finds the same hits.
func TestCuesLoseNoHits(t *testing.T) {
	f, err := os.Open("../style/testdata/passive.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if _, text, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			texts = append(texts, text)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	texts = append(texts,
		"We will carry out a review of the logs.",
		"The vendor has Made A Decision on the refund.",
		"They're conducting an investigation into the outage.",
		"The team held a discussion about the budget and gave approval.",
		"Finance took action and did an analysis of the costs.")
	g := &glossary.Glossary{}
	m := match.NewMatcher(g)
	p, err := audience.NewProfile(glossary.Business)
	if err != nil {
		t.Fatal(err)
	}
	n, passive, hidden := 0, 0, 0
	for _, text := range texts {
		n++
		doc := &document.Document{Path: "d.txt", Source: []byte(text), Segments: []document.Segment{document.NewVerbatimSegment(document.Paragraph, text, 0)}}
		a := New(doc, g, m, p, nil)
		for _, s := range a.Sentences() {
			st := a.SentenceText(s)
			if s.Cues&CuePassive != 0 {
				passive += len(style.Passive(st))
			} else if hits := style.Passive(st); len(hits) > 0 {
				t.Errorf("passive hit filtered out: %q", st)
			}
			if s.Cues&CueHiddenVerb != 0 {
				hidden += len(style.HiddenVerbs(st))
			} else if hits := style.HiddenVerbs(st); len(hits) > 0 {
				t.Errorf("hidden verb filtered out: %q", st)
			}
		}
	}
	if n < 100 {
		t.Fatalf("read only %d sentences", n)
	}
	if passive < 100 || hidden < 5 {
		t.Errorf("the filtered detectors found %d passives and %d hidden verbs; want over 100 passives and 5 hidden verbs", passive, hidden)
	}
}
