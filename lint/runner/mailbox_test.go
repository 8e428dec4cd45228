package runner

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint"
)

// TestRunMailbox checks a mailbox of many messages with several workers:
// findings must come in mailbox order, at each message's real line, in
// batches small enough to keep memory flat, and a mailbox named without
// an extension is recognised by its first line.
func TestRunMailbox(t *testing.T) {
	const messages = 3 * batchSize / 2
	var b strings.Builder
	for i := 0; i < messages; i++ {
		// Five lines a message: From, Subject, blank, body, blank.
		fmt.Fprintf(&b, "From a@example.com Mon Nov  2 09:00:00 2026\nSubject: %d\n\n>From here we leverage it.\n\n", i)
	}
	dir := t.TempDir()
	for _, name := range []string{"box.mbox", "Inbox"} {
		path := filepath.Join(dir, name)
		write(t, path, b.String())
		var calls [][]lint.Finding
		rep := Run(testLinter(t), []string{path}, Options{Workers: 4, OnFile: func(fs []lint.Finding) { calls = append(calls, fs) }})
		if rep.FilesChecked != 1 || len(rep.Errors) != 0 {
			t.Fatalf("%s: checked %d, errors %v", name, rep.FilesChecked, rep.Errors)
		}
		if len(calls) < 2 {
			t.Errorf("%s: findings came in %d call(s), want them in batches", name, len(calls))
		}
		n := 0
		for _, fs := range calls {
			for _, f := range fs {
				if want := 4 + 5*n; f.Line != want || f.Column != 15 || f.Path != path {
					t.Fatalf("%s: finding %d at %s:%d:%d, want %s:%d:15", name, n, f.Path, f.Line, f.Column, path, want)
				}
				n++
			}
		}
		if n != messages {
			t.Errorf("%s: %d findings, want %d", name, n, messages)
		}
	}
}
