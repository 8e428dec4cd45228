package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/dejargon/dejargon/lint"
)

// TestJSONStreamsTheSameBytes checks that writing the report piece by
// piece gives exactly what encoding the whole report at once gives.
func TestJSONStreamsTheSameBytes(t *testing.T) {
	f := func(path string, line int, msg string) lint.Finding {
		return lint.Finding{Path: path, Line: line, Column: 1, EndLine: line, EndColumn: 4, Rule: "jargon", Severity: "warning",
			Match: "x", Term: "x", Message: msg, Suggestions: []string{"use"}, Definition: "A <b>thing</b> & more."}
	}
	reports := map[string]*Report{
		"empty":     {FilesChecked: 2},
		"errors":    {FilesChecked: 1, Errors: []FileError{{Path: "m.txt", Message: "no such file"}}},
		"one":       {FilesChecked: 1, Findings: []lint.Finding{f("a.md", 1, `"x" is jargon`)}},
		"two files": {FilesChecked: 3, Findings: []lint.Finding{f("a.md", 1, "m1"), f("a.md", 2, "m2"), f("b.md", 9, "m3")}},
	}
	for name, r := range reports {
		var got bytes.Buffer
		if err := (&JSON{}).Format(&got, r); err != nil {
			t.Fatal(err)
		}
		findings, errs := r.Findings, r.Errors
		if findings == nil {
			findings = []lint.Finding{}
		}
		if errs == nil {
			errs = []FileError{}
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		whole := struct {
			Version  int            `json:"version"`
			Findings []lint.Finding `json:"findings"`
			Errors   []FileError    `json:"errors"`
			Summary  Summary        `json:"summary"`
		}{SchemaVersion, findings, errs, Summarize(r)}
		if err := enc.Encode(whole); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: streamed JSON differs:\n%s\nwant:\n%s", name, got.String(), want.String())
		}
		if !json.Valid(got.Bytes()) {
			t.Errorf("%s: not valid JSON", name)
		}
	}
}
