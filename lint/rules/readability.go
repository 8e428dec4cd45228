package rules

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/dejargon/dejargon/lint/analysis"
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

func (readabilityCheck) Run(a *analysis.Analysis, emit func(analysis.Finding)) {
	if a.CountedWords() < minReadabilityWords {
		return
	}
	m := a.Readability()
	target := a.Profile.TargetGrade
	// Compare the grade as the message shows it, so "10.0 is above 10"
	// never appears.
	grade := math.Round(m.FleschKincaidGrade*10) / 10
	if m.Words < minReadabilityWords || grade <= target {
		return
	}
	var counted []analysis.Sentence
	for _, s := range a.Sentences() {
		if s.Counted {
			counted = append(counted, s)
		}
	}
	if len(counted) == 0 {
		return
	}
	first := counted[0]
	sort.SliceStable(counted, func(i, j int) bool { return counted[i].Words > counted[j].Words })
	longest := counted[:min(splitFirst, len(counted))]
	names := longestByLine(a, longest)
	f := a.Finding(first.Seg, first.Start, first.End)
	f.Rule = Readability.ID
	f.Severity = Readability.SeverityFor(a.Profile.Audience)
	f.Message = fmt.Sprintf("reading grade %.1f is above %g, the target for %s readers (reading ease %.0f, %.1f words a sentence); split the longest sentences first: %s",
		grade, target, a.Profile.Audience, m.FleschReadingEase, m.AvgSentenceLength, strings.Join(names, ", "))
	emit(f)
}

// sentenceLine returns the line of the source a sentence starts on.
func sentenceLine(a *analysis.Analysis, s analysis.Sentence) int {
	return a.Lines().Position(a.Segments[s.Seg].Segment.SourceOffset(s.Start)).Line
}

// longestByLine names sentences by line and word count, longest first,
// with sentences that share a line (a Markdown paragraph is often one
// line) named together: "line 4 (41 words), line 2 (25 and 25 words)".
func longestByLine(a *analysis.Analysis, sentences []analysis.Sentence) []string {
	var lines []int
	counts := map[int][]string{}
	for _, s := range sentences {
		n := sentenceLine(a, s)
		if _, seen := counts[n]; !seen {
			lines = append(lines, n)
		}
		counts[n] = append(counts[n], fmt.Sprint(s.Words))
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
