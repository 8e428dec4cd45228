package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/rules"
)

// sentenceGlossary has one wordy phrase that the hidden-verb detector also
// finds, to test which of the two is reported.
const sentenceGlossary = `
entries:
  - {term: make a decision, kind: wordy, replace: [decide]}
`

func sentenceLinter(t *testing.T, opts ...Option) *Linter {
	t.Helper()
	g, err := glossary.Parse("sentence.yaml", []byte(sentenceGlossary))
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, append([]Option{WithRuleDisabled(rules.Readability.ID)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// words returns a sentence of n words ending in a period.
func words(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = "word"
	}
	w[0] = "Word"
	return strings.Join(w, " ") + "."
}

// describeFindings renders findings as "rule:severity:match@line:col" plus
// the first suggestion, if any.
func describeFindings(fs []Finding) string {
	var parts []string
	for _, f := range fs {
		s := fmt.Sprintf("%s:%s:%s@%d:%d", f.Rule, f.Severity, strings.Join(strings.Fields(f.Match), " "), f.Line, f.Column)
		if len(f.Suggestions) > 0 {
			s += "→" + f.Suggestions[0]
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

func TestSentenceRules(t *testing.T) {
	tests := []struct {
		name     string
		audience glossary.Audience
		opts     []Option
		src      string
		want     string
	}{
		{
			name: "22 words is long for general readers",
			src:  words(22), audience: glossary.General,
			want: "long-sentence:warning:" + strings.TrimSuffix(words(22), ".") + ".@1:1",
		},
		{name: "22 words is fine for business readers", src: words(22), audience: glossary.Business},
		{name: "26 words is long for business readers", src: "Short one. " + words(26), audience: glossary.Business, want: "long-sentence:warning:" + words(26) + "@1:12"},
		{name: "26 words is fine for technical readers", src: words(26), audience: glossary.Technical},
		{name: "31 words is a suggestion for technical readers", src: words(31), audience: glossary.Technical, want: "long-sentence:suggestion:" + words(31) + "@1:1"},
		{
			name: "passive with an adverb",
			src:  "The server was quickly restarted by the vendor.",
			want: "passive-voice:suggestion:was quickly restarted@1:12",
		},
		{name: "adjective readings are not passive", src: "She is interested in the report. The office is located in Leeds."},
		{
			name: "two passives in one sentence",
			src:  "The outage was caused by a change that had not been tested.",
			want: "passive-voice:suggestion:was caused@1:12 | passive-voice:suggestion:had not been tested@1:40",
		},
		{
			name: "hidden verb with its plain verb",
			src:  "We will carry out a review of the logs.",
			want: "hidden-verb:suggestion:carry out a review of@1:9→review",
		},
		{
			name: "hidden verbs warn executives",
			src:  "The team provided assistance to the users.", audience: glossary.Executive,
			want: "hidden-verb:warning:provided assistance to@1:10→helped",
		},
		{
			name: "a wordy glossary phrase wins over the same hidden verb",
			src:  "We made a decision to roll back.",
			want: "wordy:suggestion:made a decision@1:4→decided",
		},
		{
			name: "with wordy off the hidden verb is reported",
			src:  "We made a decision to roll back.", opts: []Option{WithRuleDisabled("wordy")},
			want: "hidden-verb:suggestion:made a decision@1:4→decided",
		},
		{
			name: "rules can be turned off",
			src:  "The server was restarted. " + words(30),
			opts: []Option{WithRuleDisabled(rules.PassiveVoice.ID), WithRuleDisabled(rules.LongSentence.ID)},
		},
		{
			name: "positions count characters after CRLF and multi-byte text",
			src:  "Über café.\r\nThe Zürich server was restarted.",
			want: "passive-voice:suggestion:was restarted@2:19",
		},
		{
			name: "a sentence over a line break keeps its span",
			src:  "The report was\nwritten late.",
			want: "passive-voice:suggestion:was written@1:12",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := tt.opts
			if tt.audience != "" {
				opts = append(opts, WithAudience(tt.audience))
			}
			got := describeFindings(sentenceLinter(t, opts...).Check(plainDoc(tt.src)))
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestSentencesStayInSegments checks that a heading and a paragraph of 15
// words each are two sentences, not one of 30: segments never join.
func TestSentencesStayInSegments(t *testing.T) {
	heading := strings.TrimSuffix(words(15), ".")
	para := words(15)
	src := heading + "\n\n" + para
	doc := &Document{Path: "d.md", Source: []byte(src), Segments: []Segment{
		NewVerbatimSegment(Heading, heading, 0),
		NewVerbatimSegment(Paragraph, para, len(heading)+2),
	}}
	l := sentenceLinter(t, WithAudience(glossary.General))
	if fs := l.Check(doc); len(fs) != 0 {
		t.Errorf("got %s, want no findings", describeFindings(fs))
	}
	a := l.Analyze(doc)
	var got []string
	for _, s := range a.Sentences() {
		got = append(got, fmt.Sprintf("seg%d:%d words:counted=%t", s.Seg, s.Words, s.Counted))
	}
	want := "seg0:15 words:counted=false seg1:15 words:counted=true"
	if strings.Join(got, " ") != want {
		t.Errorf("sentences %q, want %q", strings.Join(got, " "), want)
	}
	if m := a.Readability(); m.Words != 15 || m.Sentences != 1 {
		t.Errorf("readability counts %d words in %d sentences, want 15 in 1 (headings do not count)", m.Words, m.Sentences)
	}
}

func TestSentenceFindingDetails(t *testing.T) {
	fs := sentenceLinter(t).Check(plainDoc("We will carry out a review of the logs. " + words(26)))
	if len(fs) != 2 {
		t.Fatalf("got %s, want a hidden verb and a long sentence", describeFindings(fs))
	}
	hv, long := fs[0], fs[1]
	if hv.Message != `"carry out a review of" hides the verb; try "review"` || hv.Term != "carry out a review of" {
		t.Errorf("hidden verb message %q term %q", hv.Message, hv.Term)
	}
	if long.Message != "sentence has 26 words, more than the 25 business readers follow easily; split it" {
		t.Errorf("long sentence message %q", long.Message)
	}
	if long.Offset != 40 || long.Length != len(words(26)) {
		t.Errorf("long sentence at %d+%d, want 40+%d", long.Offset, long.Length, len(words(26)))
	}
}
