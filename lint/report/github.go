package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// GitHub prints GitHub Actions workflow commands, which the runner turns
// into annotations on the pull request's changed lines:
//
//	::warning file=a.md,line=5,col=24,endLine=5,endColumn=32,title=dejargon jargon::"leverage" is jargon; try "use"
//
// A suggestion becomes a notice; a file that could not be checked an error.
type GitHub struct{}

// Format writes r.
func (g GitHub) Format(w io.Writer, r *Report) error { return stream(g, w, r) }

// WriteFile writes one file's findings.
func (GitHub) WriteFile(w io.Writer, findings []lint.Finding) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		props := []string{
			"file=" + escapeProperty(f.Path),
			fmt.Sprintf("line=%d", f.Line),
			fmt.Sprintf("endLine=%d", f.EndLine),
		}
		// GitHub honours columns only within one line; on a span over
		// several lines it would reject or misplace them.
		if f.EndLine == f.Line {
			props = append(props, fmt.Sprintf("col=%d", f.Column), fmt.Sprintf("endColumn=%d", f.EndColumn))
		}
		props = append(props, "title="+escapeProperty("dejargon "+f.Rule))
		fmt.Fprintf(bw, "::%s %s::%s\n", githubLevel(f.Severity), strings.Join(props, ","), escapeData(messageWithMeaning(&f)))
	}
	return bw.Flush()
}

// Finish annotates the files that could not be checked, were skipped or
// carry a note.
func (GitHub) Finish(w io.Writer, _ Summary, notices []FileError) error {
	bw := bufio.NewWriter(w)
	for _, e := range notices {
		level, title := "error", "dejargon could not check this file"
		switch {
		case e.IsError():
		case e.Kind == KindSkipped:
			level, title = "warning", "dejargon skipped this file"
		default:
			level, title = "notice", "dejargon read this file with a caveat"
		}
		fmt.Fprintf(bw, "::%s file=%s,title=%s::%s\n",
			level, escapeProperty(e.Path), escapeProperty(title), escapeData(e.Message))
	}
	return bw.Flush()
}

func githubLevel(s glossary.Severity) string {
	switch s {
	case glossary.Error:
		return "error"
	case glossary.Suggestion:
		return "notice"
	}
	return "warning"
}

// escapeData escapes a command's message: the runner reads a command up
// to the end of the line and decodes these three.
var dataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty escapes a property value, where a comma would end the
// value and a colon pair would end the properties.
var propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
