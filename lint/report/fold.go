package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dejargon/dejargon/lint"
)

// A notice about a laptop rollout says "rollout" a dozen times; a report
// for a person says so once. Pretty and text show the first finding of a
// term in a file in full and fold its later uses into one line; machine
// formats keep every finding, since editors underline each one. The
// summary and the exit status always count every finding.

// maxFoldedLines caps the line numbers a folded line lists.
const maxFoldedLines = 10

// folder folds one file's findings as they come, in report order and in
// as many batches as the file is checked in. The first finding of a term
// is shown; of its later uses it keeps only what the folded line prints
// (how many there are and their first distinct lines), so a large file's
// repeats cost a few integers each, never a finding.
type folder struct {
	// first maps a rule and term to the shown finding that is its first
	// use, by the order the findings were shown in.
	first map[string]int
	// later holds, by the index of a shown finding, its later uses.
	later map[int]*laterLines
	// shown counts the findings shown so far.
	shown int
}

// laterLines is what a folded line says of a term's later uses.
type laterLines struct {
	count int
	// distinct are the first maxFoldedLines+1 distinct lines, one more
	// than are listed, so the line knows whether to end with "…".
	distinct []int
}

// add takes the file's next finding and reports whether it is shown in
// full: a first use, or a finding without a term (a long sentence), which
// never folds. A later use is folded into its first use's line.
func (fo *folder) add(f *lint.Finding) bool {
	if f.Term == "" {
		fo.shown++
		return true
	}
	if fo.first == nil {
		fo.first = map[string]int{}
		fo.later = map[int]*laterLines{}
	}
	key := f.Rule + "\x00" + strings.ToLower(f.Term)
	j, seen := fo.first[key]
	if !seen {
		fo.first[key] = fo.shown
		fo.shown++
		return true
	}
	l := fo.later[j]
	if l == nil {
		l = &laterLines{}
		fo.later[j] = l
	}
	l.count++
	// A term's uses come in report order, so a line used twice comes
	// twice in a row and is listed once.
	if n := len(l.distinct); n <= maxFoldedLines && (n == 0 || l.distinct[n-1] != f.Line) {
		l.distinct = append(l.distinct, f.Line)
	}
	return false
}

// laterUses says where the folded uses of shown finding i are, "and 11
// more uses: lines 4, 9, 12, …", or "" when it has none. In a Word or
// OpenDocument file (paragraphs set) the numbers are paragraphs.
func (fo *folder) laterUses(i int, paragraphs bool) string {
	l := fo.later[i]
	if l == nil {
		return ""
	}
	return l.String(paragraphs)
}

// String says where the folded uses are: "and 11 more uses: lines 4, 9,
// 12, …".
func (l *laterLines) String(paragraphs bool) string {
	line := "line"
	if paragraphs {
		line = "paragraph"
	}
	var b strings.Builder
	if l.count == 1 {
		b.WriteString("and 1 more use: " + line + " ")
	} else {
		fmt.Fprintf(&b, "and %d more uses: ", l.count)
		if len(l.distinct) == 1 {
			b.WriteString(line + " ")
		} else {
			b.WriteString(line + "s ")
		}
	}
	for i, n := range l.distinct[:min(len(l.distinct), maxFoldedLines)] {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(n))
	}
	if len(l.distinct) > maxFoldedLines {
		b.WriteString(", …")
	}
	return b.String()
}
