package report

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/internal/benchgen/corpus"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/markdown"
	"github.com/dejargon/dejargon/lint/text"
)

// batchReport checks generated drafts with the built-in glossary and every
// rule: several files of plain text and Markdown, terms repeated on many
// lines, more findings of each severity than GitHub annotates, and
// findings that share a fingerprint key.
func batchReport(t *testing.T) *Report {
	t.Helper()
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	rep := &Report{Errors: []FileError{{Path: "gone.txt", Message: "no such file or directory", Kind: KindError}}}
	for _, format := range []string{"text", "md"} {
		err := corpus.Tree(24<<10, 3, format, 7, func(f corpus.File) error {
			path := format + "/" + f.Path
			var doc *lint.Document
			if format == "md" {
				doc = markdown.Read(path, f.Data)
			} else {
				doc = text.Read(path, f.Data)
			}
			rep.Findings = append(rep.Findings, l.Check(doc)...)
			rep.FilesChecked++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	Sort(rep.Findings)
	return rep
}

// streamBatches writes r through st as the check command does when a
// file's findings come in batches of at most size (each file ending with
// EndFile, and a file without findings among them), counting the summary
// as it goes.
func streamBatches(st Streamer, w io.Writer, r *Report, size int) error {
	sum := NewSummary()
	sum.FilesChecked = r.FilesChecked
	sum.Baselined = r.Baselined
	sum.CountNotices(r.Notices())
	if err := st.EndFile(w); err != nil { // a clean file first
		return err
	}
	start := 0
	for i := 1; i <= len(r.Findings); i++ {
		if i < len(r.Findings) && r.Findings[i].Path == r.Findings[start].Path {
			continue
		}
		for from := start; from < i; from += size {
			batch := r.Findings[from:min(from+size, i)]
			sum.Add(batch)
			if err := st.WriteFile(w, batch); err != nil {
				return err
			}
		}
		if err := st.EndFile(w); err != nil {
			return err
		}
		start = i
	}
	return st.Finish(w, sum, r.Notices())
}

// TestStreamedBatchesMatchWhole: every format that streams prints a file
// whose findings come in batches byte for byte as it prints the file given
// whole, so a large file checked a window at a time reports as before.
func TestStreamedBatchesMatchWhole(t *testing.T) {
	rep := batchReport(t)
	if len(rep.Findings) < 200 {
		t.Fatalf("only %d findings; the drafts must repeat terms and overflow GitHub's limits", len(rep.Findings))
	}
	formats := []struct {
		name string
		make func() Streamer
	}{
		{"json", func() Streamer { return &JSON{} }},
		{"text", func() Streamer { return &Text{} }},
		{"text all uses", func() Streamer { return &Text{AllUses: true} }},
		{"pretty", func() Streamer { return &Pretty{} }},
		{"pretty all uses", func() Streamer { return &Pretty{AllUses: true} }},
		{"pretty colour narrow", func() Streamer { return &Pretty{Color: true, Width: 60} }},
		{"github", func() Streamer { return &GitHub{StepSummary: true} }},
		{"sarif", func() Streamer { return &SARIF{ToolVersion: "1.0.0", MaxResults: SARIFMaxResults} }},
		{"sarif capped", func() Streamer { return &SARIF{ToolVersion: "1.0.0", MaxResults: 50} }},
	}
	for _, f := range formats {
		var whole bytes.Buffer
		if err := f.make().Format(&whole, rep); err != nil {
			t.Fatal(err)
		}
		for _, size := range []int{1, 2, 7, 64, len(rep.Findings)} {
			t.Run(fmt.Sprintf("%s/%d", f.name, size), func(t *testing.T) {
				var got bytes.Buffer
				if err := streamBatches(f.make(), &got, rep, size); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got.Bytes(), whole.Bytes()) {
					t.Errorf("batches of %d print differently from whole files:\n%s", size, firstDiff(got.String(), whole.String()))
				}
			})
		}
	}
}

// firstDiff shows where two outputs part.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(i-200, 0)
	return fmt.Sprintf("at byte %d\ngot:  %q\nwant: %q", i, got[from:min(i+200, len(got))], want[from:min(i+200, len(want))])
}

// TestSummaryAddAcrossBatches: a file whose findings come in several
// calls counts as one file with findings.
func TestSummaryAddAcrossBatches(t *testing.T) {
	fs := []lint.Finding{{Path: "a.txt", Severity: glossary.Warning}, {Path: "a.txt", Severity: glossary.Warning}, {Path: "b.txt", Severity: glossary.Error}}
	s := NewSummary()
	s.Add(fs[:1])
	s.Add(fs[1:2])
	s.Add(nil)
	s.Add(fs[2:])
	if s.FilesWithFindings != 2 || s.Findings != 3 || s.BySeverity["warning"] != 2 {
		t.Errorf("summary %+v, want 3 findings in 2 files, 2 warnings", s)
	}
}
