package report

import (
	"bufio"
	"fmt"
	"io"
)

// Text prints one finding per line as path:line:col: severity rule:
// message, the form editors, grep and CI log parsers understand.
type Text struct{}

// Format writes r.
func (Text) Format(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	for _, f := range r.Findings {
		fmt.Fprintf(bw, "%s:%d:%d: %s %s: %s\n", f.Path, f.Line, f.Column, f.Severity, f.Rule, f.Message)
	}
	return bw.Flush()
}
