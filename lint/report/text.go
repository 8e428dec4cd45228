package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/dejargon/dejargon/lint"
)

// Text prints one finding per line as path:line:col: severity rule:
// message, the form editors, grep and CI log parsers understand. Control
// characters in the path and message are shown escaped (Escape), so a
// file name holding a newline cannot forge a record.
type Text struct{}

// Format writes r.
func (t Text) Format(w io.Writer, r *Report) error { return stream(t, w, r) }

// WriteFile writes one file's findings.
func (Text) WriteFile(w io.Writer, findings []lint.Finding) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		fmt.Fprintf(bw, "%s:%d:%d: %s %s: %s\n", Escape(f.Path), f.Line, f.Column, f.Severity, f.Rule, Escape(f.Message))
	}
	return bw.Flush()
}

// Finish writes nothing: the text format has no trailer.
func (Text) Finish(io.Writer, Summary, []FileError) error { return nil }
