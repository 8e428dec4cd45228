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

	// While repeats fold, a file's lines wait for its end, when the
	// folded lines are known; each waits as the text it prints.
	fold    folder
	pending []textLine
}

// textLine is a shown finding's line, without the folded uses.
type textLine struct {
	text       string
	paragraphs bool
}

// Format writes r.
func (t *Text) Format(w io.Writer, r *Report) error { return stream(t, w, r) }

// WriteFile takes findings of the current file. With every use shown they
// print at once; otherwise the file prints at EndFile.
func (t *Text) WriteFile(w io.Writer, findings []lint.Finding) error {
	if t.AllUses {
		bw := bufio.NewWriter(w)
		for i := range findings {
			bw.WriteString(textOf(&findings[i]))
			bw.WriteByte('\n')
		}
		return bw.Flush()
	}
	for i := range findings {
		if f := &findings[i]; t.fold.add(f) {
			t.pending = append(t.pending, textLine{textOf(f), f.Part != ""})
		}
	}
	return nil
}

// EndFile prints the file's shown findings, each first use with its later
// ones folded in.
func (t *Text) EndFile(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for i, l := range t.pending {
		bw.WriteString(l.text)
		if later := t.fold.laterUses(i, l.paragraphs); later != "" {
			fmt.Fprintf(bw, " (%s)", later)
		}
		bw.WriteByte('\n')
	}
	t.fold, t.pending = folder{}, nil
	return bw.Flush()
}

// textOf is a finding's line, without its end of line.
func textOf(f *lint.Finding) string {
	return fmt.Sprintf("%s:%s: %s %s: %s", Escape(f.Path), Where(f), f.Severity, f.Rule, Escape(f.Message))
}

// Finish writes nothing: the text format has no trailer.
func (*Text) Finish(io.Writer, Summary, []FileError) error { return nil }

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
