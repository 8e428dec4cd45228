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
		"skips":     {FilesChecked: 1, Errors: []FileError{Failed("z.txt", "no such file")}, Notes: []FileError{Skipped("p.md", "a FIFO, skipped"), Noted("a.eml", "multipart without a boundary")}},
		"one":       {FilesChecked: 1, Findings: []lint.Finding{f("a.md", 1, `"x" is jargon`)}},
		"two files": {FilesChecked: 3, Findings: []lint.Finding{f("a.md", 1, "m1"), f("a.md", 2, "m2"), f("b.md", 9, "m3")}},
	}
	for name, r := range reports {
		var got bytes.Buffer
		if err := (&JSON{}).Format(&got, r); err != nil {
			t.Fatal(err)
		}
		findings, errs := r.Findings, r.Notices()
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

// TestSkipsAreListedAndCounted checks that a walk's skipped files and the
// notes on files reach the JSON errors, with their kind, and the summary.
func TestSkipsAreListedAndCounted(t *testing.T) {
	r := &Report{FilesChecked: 1,
		Errors: []FileError{Failed("gone.md", "no such file or directory")},
		Notes:  []FileError{Skipped("docs/p.md", "a FIFO, not a regular file; skipped"), Noted("m.eml", "multipart without a boundary; its body was not checked")}}
	var out bytes.Buffer
	if err := (&JSON{}).Format(&out, r); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Errors  []FileError `json:"errors"`
		Summary Summary     `json:"summary"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]Kind{}
	for _, e := range got.Errors {
		kinds[e.Path] = e.Kind
	}
	want := map[string]Kind{"gone.md": KindError, "docs/p.md": KindSkipped, "m.eml": KindNote}
	for p, k := range want {
		if kinds[p] != k {
			t.Errorf("%s: kind %q, want %q (errors %+v)", p, kinds[p], k, got.Errors)
		}
	}
	if s := got.Summary; s.Errors != 1 || s.FilesSkipped != 1 || s.Notes != 1 {
		t.Errorf("summary counts errors %d, skipped %d, notes %d; want 1, 1, 1", s.Errors, s.FilesSkipped, s.Notes)
	}
	if line := SummaryLine(Summarize(r)); !bytes.Contains([]byte(line), []byte("1 file skipped")) {
		t.Errorf("summary line %q does not count the skipped file", line)
	}
}
