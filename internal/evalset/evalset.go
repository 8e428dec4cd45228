// Package evalset scores dejargon against notices labelled by hand: for
// each notice, the terms an editor would mark for a reader outside IT,
// by line and column. It reports recall (the share of marks the checker
// finds) and false positives (findings that cover no mark).
//
// A notice is any file the checker reads (NAME.txt, NAME.md); its marks
// are in NAME.labels beside it, one a line, as "LINE:COLUMN text", where
// the column counts characters from 1 and text is the marked words as
// written. Lines starting with # are comments; a labels file whose first
// line is "# held out" marks a notice written after the glossary was tuned
// on the others, never used for tuning, whose figures are kept apart.
package evalset

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/rules"
)

// Rules are the rules the marks speak for: the terms an editor marks. The
// sentence rules (long sentences, passive voice) are left out, since an
// editor marks a sentence, not a term.
var Rules = map[string]bool{
	rules.AcronymUndefined.ID:      true,
	rules.AcronymLateDefinition.ID: true,
	rules.Jargon.ID:                true,
	rules.Wordy.ID:                 true,
}

// Mark is one labelled term.
type Mark struct {
	Line, Column int
	Text         string
	// Offset is the mark's byte offset in the notice.
	Offset int
}

// Notice is one labelled text.
type Notice struct {
	Path   string
	Source []byte
	Marks  []Mark
	// HeldOut marks a notice never used to tune the glossary.
	HeldOut bool
}

// heldOutMark starts the labels file of a held-out notice.
const heldOutMark = "# held out"

// HeldOut returns the held-out notices of ns.
func HeldOut(ns []Notice) []Notice {
	var out []Notice
	for _, n := range ns {
		if n.HeldOut {
			out = append(out, n)
		}
	}
	return out
}

// Load reads every notice in dir that has a .labels file.
func Load(dir string) ([]Notice, error) {
	labels, err := filepath.Glob(filepath.Join(dir, "*.labels"))
	if err != nil {
		return nil, err
	}
	sort.Strings(labels)
	var notices []Notice
	for _, lp := range labels {
		base := strings.TrimSuffix(lp, ".labels")
		texts, err := filepath.Glob(base + ".*")
		if err != nil {
			return nil, err
		}
		var path string
		for _, t := range texts {
			if t != lp {
				path = t
			}
		}
		if path == "" {
			return nil, fmt.Errorf("%s: no notice beside it", lp)
		}
		n, err := loadNotice(path, lp)
		if err != nil {
			return nil, err
		}
		notices = append(notices, n)
	}
	return notices, nil
}

func loadNotice(path, labelPath string) (Notice, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return Notice{}, err
	}
	data, err := os.ReadFile(labelPath)
	if err != nil {
		return Notice{}, err
	}
	n := Notice{Path: path, Source: src, HeldOut: bytes.HasPrefix(data, []byte(heldOutMark))}
	lines := bytes.Split(src, []byte("\n"))
	sc := bufio.NewScanner(bytes.NewReader(data))
	for no := 1; sc.Scan(); no++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		m, err := parseMark(text)
		if err != nil {
			return Notice{}, fmt.Errorf("%s:%d: %w", labelPath, no, err)
		}
		if m.Offset, err = offsetOf(lines, m); err != nil {
			return Notice{}, fmt.Errorf("%s:%d: %w", labelPath, no, err)
		}
		n.Marks = append(n.Marks, m)
	}
	return n, nil
}

// parseMark reads "LINE:COLUMN text".
func parseMark(s string) (Mark, error) {
	pos, text, ok := strings.Cut(s, " ")
	ls, cs, ok2 := strings.Cut(pos, ":")
	line, err1 := strconv.Atoi(ls)
	col, err2 := strconv.Atoi(cs)
	if !ok || !ok2 || err1 != nil || err2 != nil || line < 1 || col < 1 || text == "" {
		return Mark{}, fmt.Errorf("want LINE:COLUMN text, got %q", s)
	}
	return Mark{Line: line, Column: col, Text: text}, nil
}

// offsetOf finds the mark's byte offset and checks that its text stands
// there, so a label cannot drift from its notice.
func offsetOf(lines [][]byte, m Mark) (int, error) {
	if m.Line > len(lines) {
		return 0, fmt.Errorf("line %d is past the end of the notice", m.Line)
	}
	off := 0
	for _, l := range lines[:m.Line-1] {
		off += len(l) + 1
	}
	line := lines[m.Line-1]
	i := 0
	for c := 1; c < m.Column && i < len(line); c++ {
		_, size := utf8.DecodeRune(line[i:])
		i += size
	}
	if !bytes.HasPrefix(line[i:], []byte(m.Text)) {
		return 0, fmt.Errorf("%d:%d: the notice does not say %q there", m.Line, m.Column, m.Text)
	}
	return off + i, nil
}

// Score is the outcome of checking notices against their marks.
type Score struct {
	Notices, Marks, Found, Findings, FalsePositives int
	// Missed and Extra list the marks not found and the findings that
	// cover no mark, as "path:line:col text", for people tuning the
	// glossary.
	Missed, Extra []string
}

// Recall is the share of marks found, in percent.
func (s Score) Recall() float64 {
	if s.Marks == 0 {
		return 0
	}
	return 100 * float64(s.Found) / float64(s.Marks)
}

// Run checks each notice with l and scores its findings of Rules: a mark
// is found when a finding overlaps it; a finding is a false positive when
// it overlaps no mark.
func Run(l *lint.Linter, notices []Notice) (Score, error) {
	var s Score
	for _, n := range notices {
		doc, err := reader.Read(n.Path, n.Source, reader.Options{})
		if err != nil {
			return s, fmt.Errorf("%s: %w", n.Path, err)
		}
		s.Notices++
		found := make([]bool, len(n.Marks))
		for _, f := range l.Check(doc) {
			if !Rules[f.Rule] {
				continue
			}
			s.Findings++
			hit := false
			for i, m := range n.Marks {
				if f.Offset < m.Offset+len(m.Text) && m.Offset < f.Offset+max(f.Length, 1) {
					found[i], hit = true, true
				}
			}
			if !hit {
				s.FalsePositives++
				s.Extra = append(s.Extra, fmt.Sprintf("%s:%d:%d %s (%s)", n.Path, f.Line, f.Column, f.Match, f.Rule))
			}
		}
		for i, m := range n.Marks {
			s.Marks++
			if found[i] {
				s.Found++
			} else {
				s.Missed = append(s.Missed, fmt.Sprintf("%s:%d:%d %s", n.Path, m.Line, m.Column, m.Text))
			}
		}
	}
	return s, nil
}

// Summary states the figures as the README gives them.
func (s Score) Summary() string {
	return fmt.Sprintf("%d notices, %d marks: recall %.1f%% (%d found), %d false positives in %d findings",
		s.Notices, s.Marks, s.Recall(), s.Found, s.FalsePositives, s.Findings)
}
