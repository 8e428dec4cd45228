package stats

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"

	"github.com/dejargon/dejargon/lint/report"
)

// Formats lists the output formats of WriteTable and WriteJSON.
var Formats = []string{"table", "json"}

// WriteTable writes the report as a table with a row per file and a total
// row. Colour is only the header's bold, and only when color is set. With
// width above 0 (a terminal's width) the table fits in it: columns shrink
// and long cells, file paths first, wrap onto more lines.
func WriteTable(w io.Writer, r *Report, color bool, width int) error {
	t := newTable(r, color, headers)
	if width > 0 && lipgloss.Width(t.String()) > width {
		// Short headers first, so the numbers' columns need not shrink;
		// then the table narrows, wrapping paths and rule lists.
		t = newTable(r, color, shortHeaders)
		if lipgloss.Width(t.String()) > width {
			t = t.Width(width)
		}
	}
	if _, err := fmt.Fprintln(w, t.String()); err != nil {
		return fmt.Errorf("writing stats: %w", err)
	}
	return nil
}

// The table's headers, and the short ones used to fit a narrow terminal.
var (
	headers      = []string{"file", "words", "sentences", "words/sentence", "grade", "reading ease", "findings"}
	shortHeaders = []string{"file", "words", "sent.", "w/sent.", "grade", "ease", "findings"}
)

func newTable(r *Report, color bool, head []string) *table.Table {
	t := table.New().
		Border(lipgloss.RoundedBorder()).
		BorderRow(true).
		Headers(head...).
		StyleFunc(func(row, col int) lipgloss.Style {
			s := lipgloss.NewStyle().Padding(0, 1)
			if col > 0 && col < 6 {
				s = s.Align(lipgloss.Right)
			}
			if color && row == table.HeaderRow {
				s = s.Bold(true)
			}
			return s
		})
	for _, f := range r.Files {
		t.Row(tableRow(f)...)
	}
	t.Row(tableRow(r.Total)...)
	return t
}

func tableRow(f File) []string {
	grade, ease, avg := "-", "-", "-"
	if f.Words > 0 {
		grade = fmt.Sprintf("%.1f", f.Grade)
		ease = fmt.Sprintf("%.0f", f.ReadingEase)
		avg = fmt.Sprintf("%.1f", f.AvgSentenceLength)
	}
	return []string{f.Path, fmt.Sprint(f.Words), fmt.Sprint(f.Sentences), avg, grade, ease, findingsCell(f.Findings)}
}

// findingsCell lists findings by rule, one rule a line, in rule order.
func findingsCell(byRule map[string]int) string {
	if len(byRule) == 0 {
		return "none"
	}
	ids := make([]string, 0, len(byRule))
	for id := range byRule {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	lines := make([]string, len(ids))
	for i, id := range ids {
		lines[i] = fmt.Sprintf("%s %d", id, byRule[id])
	}
	return strings.Join(lines, "\n")
}

// jsonReport is the JSON form, versioned like check's report.
type jsonReport struct {
	Version int                `json:"version"`
	Files   []File             `json:"files"`
	Total   File               `json:"total"`
	Errors  []report.FileError `json:"errors"`
}

// WriteJSON writes the report as one JSON object.
func WriteJSON(w io.Writer, r *Report) error {
	out := jsonReport{Version: 1, Files: r.Files, Total: r.Total, Errors: report.MergeNotices(r.Errors, r.Notes)}
	if out.Files == nil {
		out.Files = []File{}
	}
	if out.Errors == nil {
		out.Errors = []report.FileError{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("writing stats: %w", err)
	}
	return nil
}
