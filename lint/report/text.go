package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/dejargon/dejargon/lint"
)

// Text prints one finding per line as path:line:col: severity rule:
// message, the form editors, grep and CI log parsers understand.
type Text struct{}

// Format writes r.
func (t Text) Format(w io.Writer, r *Report) error { return stream(t, w, r) }

// WriteFile writes one file's findings.
func (Text) WriteFile(w io.Writer, findings []lint.Finding) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		fmt.Fprintf(bw, "%s:%s: %s %s: %s\n", f.Path, Where(&f), f.Severity, f.Rule, f.Message)
	}
	return bw.Flush()
}

// Finish writes nothing: the text format has no trailer.
func (Text) Finish(io.Writer, Summary, []FileError) error { return nil }

// Where writes a finding's place as line:column, or ¶paragraph:column in
// a document of paragraphs (a .docx or .odt), which has no lines.
func Where(f *lint.Finding) string { return Place(f.Part != "", f.Line, f.Column) }

// Place writes line:column, or ¶paragraph:column when paragraphs is set.
func Place(paragraphs bool, line, column int) string {
	if paragraphs {
		return fmt.Sprintf("¶%d:%d", line, column)
	}
	return fmt.Sprintf("%d:%d", line, column)
}
