package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

func testLinter(t *testing.T) *lint.Linter {
	t.Helper()
	g, err := glossary.Parse("t.yaml", []byte("entries:\n  - {term: leverage, kind: jargon, replace: [use]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRunOrderIsStable checks many files with many workers: the report must
// come out in path order every time, whatever order the work finished in.
func TestRunOrderIsStable(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 60; i++ {
		write(t, filepath.Join(dir, fmt.Sprintf("d%d", i%3), fmt.Sprintf("f%02d.md", i)), strings.Repeat("We leverage it.\n", i%4+1))
	}
	write(t, filepath.Join(dir, "node_modules", "x.md"), "leverage")
	write(t, filepath.Join(dir, ".git", "x.md"), "leverage")
	write(t, filepath.Join(dir, "vendor", "x.txt"), "leverage")
	write(t, filepath.Join(dir, "image.png"), "leverage")
	var first string
	for run := 0; run < 5; run++ {
		rep := Run(testLinter(t), []string{dir}, Options{Workers: 8})
		if rep.FilesChecked != 60 || len(rep.Errors) != 0 {
			t.Fatalf("checked %d files with errors %v, want 60 and none", rep.FilesChecked, rep.Errors)
		}
		var b strings.Builder
		for i, f := range rep.Findings {
			if i > 0 && f.Less(&rep.Findings[i-1]) {
				t.Fatalf("finding %d out of order", i)
			}
			fmt.Fprintf(&b, "%s:%d\n", f.Path, f.Line)
		}
		if run == 0 {
			first = b.String()
		} else if b.String() != first {
			t.Fatalf("run %d gave a different report", run)
		}
	}
	if n := strings.Count(first, "\n"); n != 150 {
		t.Errorf("got %d findings, want 150", n)
	}
}

func TestRunErrorsAndNotes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bin := filepath.Join(dir, "bin.txt")
	write(t, good, "We leverage it.")
	write(t, bin, "leverage\x00\x01")
	rep := Run(testLinter(t), []string{filepath.Join(dir, "missing.md"), good, bin}, Options{})
	// A binary file named on the command line is an error, not a skip.
	if len(rep.Errors) != 2 || !strings.HasSuffix(rep.Errors[0].Path, "missing.md") || rep.Errors[1].Path != bin {
		t.Errorf("errors = %v, want the missing file and the named binary one", rep.Errors)
	}
	if rep.FilesChecked != 1 || len(rep.Findings) != 1 {
		t.Errorf("checked %d files, %d findings; want 1 and 1", rep.FilesChecked, len(rep.Findings))
	}
}

func TestRunStdin(t *testing.T) {
	rep := Run(testLinter(t), []string{StdinPath}, Options{Stdin: strings.NewReader("leverage"), StdinName: "draft.md"})
	if len(rep.Findings) != 1 || rep.Findings[0].Path != "draft.md" {
		t.Errorf("findings = %+v", rep.Findings)
	}
}

// TestRunOnFileStreamsInOrder checks that OnFile receives every checked
// file once, in path order, and that the report then holds no findings.
func TestRunOnFileStreamsInOrder(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 40; i++ {
		write(t, filepath.Join(dir, fmt.Sprintf("z%02d", 39-i), "f.txt"), strings.Repeat("We leverage it.\n", i%3))
	}
	var got []string
	total := 0
	rep := Run(testLinter(t), []string{dir}, Options{Workers: 4, OnFile: func(fs []lint.Finding) {
		total += len(fs)
		if len(fs) > 0 {
			got = append(got, fs[0].Path)
		}
	}})
	if len(rep.Findings) != 0 || rep.FilesChecked != 40 {
		t.Fatalf("report holds %d findings and %d files, want 0 and 40", len(rep.Findings), rep.FilesChecked)
	}
	for i := 1; i < len(got); i++ {
		if got[i] <= got[i-1] {
			t.Fatalf("file %s came after %s", got[i], got[i-1])
		}
	}
	if total != 39 {
		t.Errorf("streamed %d findings, want 39", total)
	}
}

// TestProgress: the callback sees every file once, in order, with the
// bytes read so far.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.md"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("We leverage it.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	l := testLinter(t)
	var calls [][2]int64
	Run(l, []string{dir}, Options{Progress: func(done, total int, bytes int64) {
		if total != 3 {
			t.Errorf("total = %d, want 3", total)
		}
		calls = append(calls, [2]int64{int64(done), bytes})
	}})
	want := [][2]int64{{1, 16}, {2, 32}, {3, 48}}
	if fmt.Sprint(calls) != fmt.Sprint(want) {
		t.Errorf("progress calls %v, want %v", calls, want)
	}
}

// TestOnRead: each file read whole is announced with its size before it
// is checked.
func TestOnRead(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "We leverage it.\n")
	write(t, filepath.Join(dir, "b.md"), strings.Repeat("x", 5000))
	var mu sync.Mutex
	var sizes []int64
	Run(testLinter(t), []string{dir, StdinPath}, Options{Workers: 2, Stdin: strings.NewReader("Hello."),
		OnRead: func(size int64) {
			mu.Lock()
			defer mu.Unlock()
			sizes = append(sizes, size)
		}})
	slices.Sort(sizes)
	if got := fmt.Sprint(sizes); got != "[6 16 5000]" {
		t.Errorf("sizes read %s, want [6 16 5000]", got)
	}
}

// TestRunChecksAFileOnce names one file three ways (as it is, with "./"
// and through its folder): it is checked once, under the first name, so
// its findings are not counted twice.
func TestRunChecksAFileOnce(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write(t, filepath.Join("docs", "a.md"), "We leverage it.\n")
	rep := Run(testLinter(t), []string{"./docs/a.md", "docs/a.md", "docs"}, Options{})
	if rep.FilesChecked != 1 || len(rep.Findings) != 1 {
		t.Fatalf("checked %d files with %d findings, want 1 and 1", rep.FilesChecked, len(rep.Findings))
	}
	if p := rep.Findings[0].Path; p != "./docs/a.md" {
		t.Errorf("finding under %q, want the first name given", p)
	}
}

// TestRunOnFileDone: every file read or tried ends with one OnFileDone
// call, after all its findings and before the next file's, whether it had
// findings (a mailbox's in several batches), had none, or could not be
// read.
func TestRunOnFileDone(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "We leverage it.\n")
	write(t, filepath.Join(dir, "b.txt"), "Nothing to see.\n")
	write(t, filepath.Join(dir, "c.txt"), "binary\x00\x00\x00")
	var box strings.Builder
	for i := range batchSize + 10 {
		fmt.Fprintf(&box, "From a@example.com Mon Nov  2 09:00:00 2026\nSubject: %d\n\nWe leverage it.\n\n", i)
	}
	write(t, filepath.Join(dir, "d.mbox"), box.String())
	var events []string
	rep := Run(testLinter(t), []string{dir}, Options{Workers: 4,
		OnFile: func(fs []lint.Finding) {
			if len(fs) > 0 {
				events = append(events, fmt.Sprintf("%s:%d", filepath.Base(fs[0].Path), len(fs)))
			}
		},
		OnFileDone: func(path string) { events = append(events, "done "+filepath.Base(path)) },
	})
	want := fmt.Sprintf("[a.txt:1 done a.txt done b.txt done c.txt d.mbox:%d d.mbox:10 done d.mbox]", batchSize)
	if got := fmt.Sprint(events); got != want {
		t.Errorf("calls %s\nwant  %s", got, want)
	}
	if rep.FilesChecked != 3 || len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0].Path, "c.txt") {
		t.Errorf("%d files checked, notes %+v; want 3 checked and c.txt skipped", rep.FilesChecked, rep.Notes)
	}
}

// TestRunLargeFileInBatches: a file large enough to be read in windows
// reaches OnFile in several batches, in report order, together the
// findings of the file read whole; the report holds none of them.
func TestRunLargeFileInBatches(t *testing.T) {
	path := filepath.Join(t.TempDir(), "large.txt")
	write(t, path, strings.Repeat("We leverage the new portal for every request we get.\n\n", 24_000)) // 1.3 MB
	l := testLinter(t)
	var got []lint.Finding
	batches := 0
	rep := Run(l, []string{path}, Options{OnFile: func(fs []lint.Finding) {
		batches++
		got = append(got, fs...)
	}})
	if batches < 2 || len(rep.Findings) != 0 || rep.FilesChecked != 1 {
		t.Fatalf("%d batches, report holds %d findings of %d files; want several batches and none held", batches, len(rep.Findings), rep.FilesChecked)
	}
	whole := Run(l, []string{path}, Options{}).Findings
	if len(got) != len(whole) || len(got) != 24_000 {
		t.Fatalf("%d findings in batches, %d read whole, want 24000", len(got), len(whole))
	}
	for i := range got {
		if got[i].Line != whole[i].Line || got[i].Column != whole[i].Column || got[i].Offset != whole[i].Offset {
			t.Fatalf("finding %d at %d:%d in batches, %d:%d whole", i, got[i].Line, got[i].Column, whole[i].Line, whole[i].Column)
		}
	}
}
