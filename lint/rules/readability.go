package rules

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/readability"
)

// minReadabilityWords is the shortest text the readability rule judges.
// The grade formulas were fitted on samples of about a hundred words; on a
// two-line note one long word swings the grade by several points, and the
// long-sentence rule already covers what matters there.
const minReadabilityWords = 100

// splitFirst is how many of the longest sentences the readability message
// names.
const splitFirst = 3

// Readability reports a text harder to read than its audience reads
// comfortably.
var Readability = &analysis.Rule{
	ID:    "readability",
	Name:  "ReadingGrade",
	Title: "Reading grade above the audience's target",
	Doc: "Reports, once per document of at least 100 words, a Flesch-Kincaid reading grade above the " +
		"audience's target (8 for general readers, 10 for business and executive readers, 12 for technical ones), " +
		"naming the longest sentences to split first.",
	Severity: sentenceSeverity,
	Check:    readabilityCheck{},
}

// readabilityCheck reports, once per document, a Flesch-Kincaid grade above
// the reader's target. The finding is placed on the first sentence that
// counts towards the grade, so it leads the file's report as a verdict on
// the whole text; the message names the longest sentences by line, which
// are the ones to split first.
type readabilityCheck struct{}

func (c readabilityCheck) Run(a *analysis.Analysis, emit func(analysis.Finding)) {
	analysis.RunPass(c, a, emit)
}

// readabilityPass sums the counted sentences of a document's windows.
type readabilityPass struct {
	words  int
	counts readability.Accumulator
	// first is the finding on the first counted sentence.
	first *analysis.Finding
	// longest holds the splitFirst longest counted sentences, longest
	// first and, among equals, earliest first.
	longest []sentenceLength
}

// sentenceLength is a sentence as the message names it.
type sentenceLength struct{ line, words int }

// Prepare counts the window's syllables, the costly part, so that the
// pass only adds the counts up.
func (readabilityCheck) Prepare(a *analysis.Analysis) {
	if a.CountedWords() > 0 {
		a.ReadabilityCounts()
	}
}

func (readabilityCheck) Begin(*analysis.Analysis) analysis.DocumentPass {
	return &readabilityPass{}
}

func (p *readabilityPass) Window(a *analysis.Analysis) {
	words := a.CountedWords()
	if words == 0 || a.Whole() && words < minReadabilityWords {
		return // too short to judge: spare counting syllables
	}
	p.words += words
	p.counts.Merge(a.ReadabilityCounts())
	for _, s := range a.Sentences() {
		if !s.Counted {
			continue
		}
		if p.first == nil {
			f := a.Finding(s.Seg, s.Start, s.End)
			p.first = &f
		}
		at := len(p.longest)
		for at > 0 && p.longest[at-1].words < s.Words {
			at--
		}
		if at < splitFirst {
			p.longest = slices.Insert(p.longest, at, sentenceLength{sentenceLine(a, s), s.Words})
			p.longest = p.longest[:min(len(p.longest), splitFirst)]
		}
	}
}

func (p *readabilityPass) Finish(a *analysis.Analysis, emit func(analysis.Finding)) {
	if p.words < minReadabilityWords || p.first == nil {
		return
	}
	m := p.counts.Metrics()
	target := a.Profile.TargetGrade
	// Compare the grade as the message shows it, so "10.0 is above 10"
	// never appears.
	grade := math.Round(m.FleschKincaidGrade*10) / 10
	if m.Words < minReadabilityWords || grade <= target {
		return
	}
	f := *p.first
	f.Rule = Readability.ID
	f.Severity = Readability.SeverityFor(a.Profile.Audience)
	f.Message = fmt.Sprintf("reading grade %.1f is above %g, the target for %s readers (reading ease %.0f, %.1f words a sentence); split the longest sentences first: %s",
		grade, target, a.Profile.Audience, m.FleschReadingEase, m.AvgSentenceLength, strings.Join(longestByLine(a, p.longest), ", "))
	emit(f)
}

// sentenceLine returns the line of the source a sentence starts on.
func sentenceLine(a *analysis.Analysis, s analysis.Sentence) int {
	return a.Lines().Position(a.Segments[s.Seg].Segment.SourceOffset(s.Start)).Line
}

// longestByLine names sentences by line and word count, longest first,
// with sentences that share a line (a Markdown paragraph is often one
// line) named together: "line 4 (41 words), line 2 (25 and 25 words)".
func longestByLine(a *analysis.Analysis, sentences []sentenceLength) []string {
	var lines []int
	counts := map[int][]string{}
	for _, s := range sentences {
		if _, seen := counts[s.line]; !seen {
			lines = append(lines, s.line)
		}
		counts[s.line] = append(counts[s.line], fmt.Sprint(s.words))
	}
	names := make([]string, len(lines))
	for i, n := range lines {
		c := counts[n]
		list := c[0]
		if len(c) > 1 {
			list = strings.Join(c[:len(c)-1], ", ") + " and " + c[len(c)-1]
		}
		names[i] = fmt.Sprintf("%s (%s words)", a.LineName(n), list)
	}
	return names
}

// ReadsSentences marks a sentence check (analysis.SentenceCheck).
func (readabilityCheck) ReadsSentences() bool { return true }
