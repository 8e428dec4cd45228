package report

import (
	"encoding/json"
	"io"

	"github.com/dejargon/dejargon/lint"
)

// SchemaVersion is the version of the JSON report. It changes only when a
// field is removed or changes meaning; new fields may be added within a
// version.
const SchemaVersion = 1

// JSON prints the whole report as one JSON object:
//
//	{"version": 1, "findings": [...], "errors": [...], "summary": {...}}
type JSON struct{}

type jsonReport struct {
	Version  int            `json:"version"`
	Findings []lint.Finding `json:"findings"`
	Errors   []FileError    `json:"errors"`
	Summary  Summary        `json:"summary"`
}

// Format writes r.
func (JSON) Format(w io.Writer, r *Report) error {
	out := jsonReport{Version: SchemaVersion, Findings: r.Findings, Errors: r.Errors, Summary: Summarize(r)}
	if out.Findings == nil {
		out.Findings = []lint.Finding{}
	}
	if out.Errors == nil {
		out.Errors = []FileError{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
