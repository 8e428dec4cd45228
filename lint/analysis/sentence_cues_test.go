package analysis

import (
	"bufio"
	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/audience"
	"github.com/dejargon/dejargon/lint/document"
	"github.com/dejargon/dejargon/lint/match"
	"os"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint/style"
)

// TestCuesCoverStyleWords checks that every word a style detector starts
// from is a cue, in any capitalisation and with either apostrophe, so
// filtering never loses a hit.
func TestCuesCoverStyleWords(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  Cue
	}{
		{"PassiveCues", style.PassiveCues(), CuePassive},
		{"HiddenVerbCues", style.HiddenVerbCues(), CueHiddenVerb},
	}
	for _, tt := range tests {
		if len(tt.words) < 10 {
			t.Fatalf("style.%s gives only %q", tt.name, tt.words)
		}
		for _, w := range tt.words {
			for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w), strings.ReplaceAll(w, "'", "’")} {
				if strings.HasPrefix(form, "'") || strings.HasPrefix(form, "’") {
					form = "it" + form // a clitic arrives attached to its host
				}
				if tokenCues(form)&tt.want == 0 {
					t.Errorf("%s: %q is not a cue", tt.name, form)
				}
			}
		}
	}
}

// TestCueWordsFit checks that the lower-casing buffer holds every cue word.
func TestCueWordsFit(t *testing.T) {
	for w := range cueWords {
		if len(w) > maxCueLen {
			t.Errorf("cue word %q is longer than maxCueLen (%d)", w, maxCueLen)
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
