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
// lines 4, 9, 12)") unless AllUses is set. Control characters in the path
// and message are shown escaped (Escape), so a file name holding a
// newline cannot forge a record.
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
		fmt.Fprintf(bw, "%s:%s: %s %s: %s", Escape(f.Path), Where(f), f.Severity, f.Rule, Escape(f.Message))
		if later := fo.later[i]; len(later) > 0 {
			fmt.Fprintf(bw, " (%s)", laterUses(later, f.Part != ""))
		}
		bw.WriteByte('\n')
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
