package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/dejargon/dejargon/lint"
)

// Text prints one finding per line as path:line:col: severity rule:
// message, the form editors, grep and CI log parsers understand. A term's
// later uses in a file are folded into its first line ("(and 3 more uses:
// lines 4, 9, 12)") unless AllUses is set.
type Text struct {
	AllUses bool
}

// Format writes r.
func (t Text) Format(w io.Writer, r *Report) error { return stream(t, w, r) }

// WriteFile writes one file's findings.
func (t Text) WriteFile(w io.Writer, findings []lint.Finding) error {
	bw := bufio.NewWriter(w)
	var fo folding
	if !t.AllUses {
		fo = foldRepeats(findings)
	}
	for i := range findings {
		if !fo.shown(i) {
			continue
		}
		f := &findings[i]
		fmt.Fprintf(bw, "%s:%d:%d: %s %s: %s", f.Path, f.Line, f.Column, f.Severity, f.Rule, f.Message)
		if later := fo.later[i]; len(later) > 0 {
			fmt.Fprintf(bw, " (%s)", laterUses(later))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// Finish writes nothing: the text format has no trailer.
func (Text) Finish(io.Writer, Summary, []FileError) error { return nil }
