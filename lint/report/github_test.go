package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

func TestGitHubEscaping(t *testing.T) {
	tests := []struct {
		name string
		f    lint.Finding
		want string
	}{
		{"plain",
			lint.Finding{Path: "a.md", Line: 5, Column: 24, EndLine: 5, EndColumn: 32, Rule: "jargon", Severity: glossary.Warning, Message: `"leverage" is jargon; try "use"`},
			`::warning file=a.md,line=5,endLine=5,col=24,endColumn=32,title=dejargon jargon::"leverage" is jargon; try "use"`},
		{"suggestion is a notice, error is an error",
			lint.Finding{Path: "a.md", Line: 1, Column: 1, EndLine: 1, EndColumn: 2, Rule: "wordy", Severity: glossary.Suggestion, Message: "m"},
			`::notice file=a.md,line=1,endLine=1,col=1,endColumn=2,title=dejargon wordy::m`},
		{"percent, CR and LF in the message",
			lint.Finding{Path: "a.md", Line: 1, Column: 1, EndLine: 1, EndColumn: 2, Rule: "jargon", Severity: glossary.Error, Message: "100% sure\r\nnext: line, here", Definition: "x"},
			`::error file=a.md,line=1,endLine=1,col=1,endColumn=2,title=dejargon jargon::100%25 sure%0D%0Anext: line, here. Means: x`},
		{"comma, colon and percent in the path",
			lint.Finding{Path: "notes/a,b:c%d.md", Line: 2, Column: 3, EndLine: 2, EndColumn: 4, Rule: "jargon", Severity: glossary.Warning, Message: "m"},
			`::warning file=notes/a%2Cb%3Ac%25d.md,line=2,endLine=2,col=3,endColumn=4,title=dejargon jargon::m`},
		{"a span over two lines has no columns",
			lint.Finding{Path: "a.md", Line: 2, Column: 7, EndLine: 3, EndColumn: 8, Rule: "wordy", Severity: glossary.Suggestion, Message: "m"},
			`::notice file=a.md,line=2,endLine=3,title=dejargon wordy::m`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := (&GitHub{}).Format(&buf, &Report{Findings: []lint.Finding{tt.f}}); err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSuffix(buf.String(), "\n"); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if strings.Count(buf.String(), "\n") != 1 {
				t.Errorf("one finding must be one line: %q", buf.String())
			}
		})
	}
}

func TestGitHubFileError(t *testing.T) {
	var buf bytes.Buffer
	r := &Report{Errors: []FileError{{Path: "gone, really.md", Message: "no such file or directory"}}}
	if err := (&GitHub{}).Format(&buf, r); err != nil {
		t.Fatal(err)
	}
	want := "::error file=gone%2C really.md,title=dejargon could not check this file::no such file or directory\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}
