package report

import (
	"encoding/xml"
	"io"

	"github.com/dejargon/dejargon/glossary"
)

// Checkstyle prints Checkstyle XML, which Jenkins (Warnings Next
// Generation), GitLab and many review bots read: one <file> per path with
// an <error> per finding. A file that could not be checked gets one error
// of severity "error" with source "dejargon.input".
type Checkstyle struct{}

type (
	checkstyleRoot struct {
		XMLName xml.Name         `xml:"checkstyle"`
		Version string           `xml:"version,attr"`
		Files   []checkstyleFile `xml:"file"`
	}
	checkstyleFile struct {
		Name   string            `xml:"name,attr"`
		Errors []checkstyleError `xml:"error"`
	}
	checkstyleError struct {
		Line     int    `xml:"line,attr"`
		Column   int    `xml:"column,attr,omitempty"`
		Severity string `xml:"severity,attr"`
		Message  string `xml:"message,attr"`
		Source   string `xml:"source,attr"`
	}
)

// Format writes r. Files come in report order (findings are sorted by
// path); files that could not be checked follow, in the order they failed.
func (Checkstyle) Format(w io.Writer, r *Report) error {
	root := checkstyleRoot{Version: "4.3"}
	for _, f := range r.Findings {
		if n := len(root.Files); n == 0 || root.Files[n-1].Name != f.Path {
			root.Files = append(root.Files, checkstyleFile{Name: f.Path})
		}
		file := &root.Files[len(root.Files)-1]
		file.Errors = append(file.Errors, checkstyleError{
			Line: f.Line, Column: f.Column, Severity: checkstyleSeverity(f.Severity),
			Message: messageWithMeaning(&f), Source: "dejargon." + f.Rule,
		})
	}
	for _, e := range r.Notices() {
		sev := "error"
		if !e.IsError() {
			sev = "info"
		}
		root.Files = append(root.Files, checkstyleFile{Name: e.Path, Errors: []checkstyleError{{
			Line: 1, Severity: sev, Message: e.Message, Source: "dejargon.input",
		}}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(root); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// checkstyleSeverity maps a severity onto Checkstyle's error, warning and
// info.
func checkstyleSeverity(s glossary.Severity) string {
	switch s {
	case glossary.Error:
		return "error"
	case glossary.Suggestion:
		return "info"
	}
	return "warning"
}
