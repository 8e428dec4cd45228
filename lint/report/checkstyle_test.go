package report

import (
	"bytes"
	"encoding/xml"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// TestCheckstyleRoundTrip reads the XML back: characters that need
// escaping (quotes, ampersands, angle brackets, line breaks) and ones XML
// 1.0 cannot hold at all (a NUL) must still give a well-formed document.
func TestCheckstyleRoundTrip(t *testing.T) {
	r := &Report{
		Findings: []lint.Finding{
			{Path: "a&b.md", Line: 1, Column: 3, Rule: "jargon", Severity: glossary.Warning, Message: `"<leverage>" & co`},
			{Path: "a&b.md", Line: 2, Column: 1, Rule: "wordy", Severity: glossary.Suggestion, Message: "two\nlines\x00"},
			{Path: "z.md", Line: 9, Column: 4, Rule: "acronym", Severity: glossary.Error, Message: "m"},
		},
		Errors: []FileError{{Path: "gone.md", Message: "no such file or directory"}},
	}
	var buf bytes.Buffer
	if err := (Checkstyle{}).Format(&buf, r); err != nil {
		t.Fatal(err)
	}
	var got checkstyleRoot
	if err := xml.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not well-formed XML: %v\n%s", err, buf.String())
	}
	if len(got.Files) != 3 || got.Files[0].Name != "a&b.md" || got.Files[1].Name != "z.md" || got.Files[2].Name != "gone.md" {
		t.Fatalf("files %+v", got.Files)
	}
	first := got.Files[0].Errors
	if len(first) != 2 || first[0].Message != `"<leverage>" & co` || first[0].Severity != "warning" || first[0].Source != "dejargon.jargon" {
		t.Errorf("first file errors %+v", first)
	}
	if first[1].Severity != "info" || first[1].Message != "two\nlines\uFFFD" {
		t.Errorf("second error %+v", first[1])
	}
	if e := got.Files[1].Errors[0]; e.Severity != "error" || e.Line != 9 || e.Column != 4 {
		t.Errorf("z.md error %+v", e)
	}
	if e := got.Files[2].Errors[0]; e.Severity != "error" || e.Source != "dejargon.input" {
		t.Errorf("unreadable file %+v", e)
	}
}

func TestCheckstyleEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := (Checkstyle{}).Format(&buf, &Report{}); err != nil {
		t.Fatal(err)
	}
	want := xml.Header + `<checkstyle version="4.3"></checkstyle>` + "\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}
