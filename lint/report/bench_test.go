package report

import (
	"fmt"
	"io"
	"testing"

	"github.com/dejargon/dejargon/lint"
)

// BenchmarkFormat writes 10,000 findings in each format.
func BenchmarkFormat(b *testing.B) {
	r := &Report{FilesChecked: 100}
	for i := 0; i < 10000; i++ {
		r.Findings = append(r.Findings, lint.Finding{
			Path: fmt.Sprintf("docs/f%03d.md", i/100), Line: i%100 + 1, Column: 5, EndLine: i%100 + 1, EndColumn: 13,
			Offset: i * 40, Length: 8, Rule: "jargon", Severity: "warning", Match: "leverage", Term: "leverage",
			Message: `"leverage" is jargon; try "use"`, Suggestions: []string{"use"}, LineText: "We leverage the portal.",
		})
	}
	for _, name := range Names {
		f, err := New(name, Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := f.Format(io.Discard, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
