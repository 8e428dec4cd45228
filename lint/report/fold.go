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

// folding says how a file's findings print when repeats are folded.
type folding struct {
	// hidden marks the later uses of a term, printed only as lines.
	hidden []bool
	// later holds, for the first finding of a repeated term, the lines of
	// its later uses.
	later map[int][]int
}

// foldRepeats groups the findings of one file, in report order, by rule
// and term. Findings without a term (a long sentence) never fold.
func foldRepeats(fs []lint.Finding) folding {
	var fo folding
	first := map[string]int{}
	for i := range fs {
		if fs[i].Term == "" {
			continue
		}
		key := fs[i].Rule + "\x00" + strings.ToLower(fs[i].Term)
		j, seen := first[key]
		if !seen {
			first[key] = i
			continue
		}
		if fo.hidden == nil {
			fo.hidden = make([]bool, len(fs))
			fo.later = map[int][]int{}
		}
		fo.hidden[i] = true
		fo.later[j] = append(fo.later[j], fs[i].Line)
	}
	return fo
}

// shown reports whether finding i prints in full.
func (fo folding) shown(i int) bool { return fo.hidden == nil || !fo.hidden[i] }

// laterUses says where the folded uses are: "and 11 more uses: lines 4,
// 9, 12, …". Lines with two uses are listed once. In a Word or
// OpenDocument file (paragraphs set) the numbers are paragraphs.
func laterUses(lines []int, paragraphs bool) string {
	line := "line"
	if paragraphs {
		line = "paragraph"
	}
	var b strings.Builder
	if len(lines) == 1 {
		b.WriteString("and 1 more use: " + line + " ")
	} else {
		fmt.Fprintf(&b, "and %d more uses: ", len(lines))
	}
	distinct := make([]int, 0, min(len(lines), maxFoldedLines+1))
	for _, l := range lines {
		if len(distinct) == 0 || distinct[len(distinct)-1] != l {
			distinct = append(distinct, l)
		}
		if len(distinct) > maxFoldedLines {
			break
		}
	}
	if len(lines) > 1 {
		if len(distinct) == 1 {
			b.WriteString(line + " ")
		} else {
			b.WriteString(line + "s ")
		}
	}
	for i, l := range distinct[:min(len(distinct), maxFoldedLines)] {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(l))
	}
	if len(distinct) > maxFoldedLines {
		b.WriteString(", …")
	}
	return b.String()
}
