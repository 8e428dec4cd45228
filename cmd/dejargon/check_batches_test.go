package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/internal/benchgen/corpus"
)

// mailbox writes a mailbox of n messages that each use "leverage" once.
func mailbox(t *testing.T, path string, n int) {
	t.Helper()
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "From a@example.com Mon Nov  2 09:00:00 2026\nSubject: note %d\n\nWe leverage it.\n\n", i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestMailboxReportsAsOneFile: a mailbox's findings reach the report in
// batches as it is read, yet the report treats it as one file: text and
// pretty fold a term's uses over the whole mailbox, the summary counts one
// file, and a baseline silences as many findings as it records, not that
// many per batch.
func TestMailboxReportsAsOneFile(t *testing.T) {
	const messages = 5000 // more than one batch
	dir := t.TempDir()
	t.Chdir(dir)
	mailbox(t, "box.mbox", messages)

	code, out, stderr := runWith(t, "", false, "check", "--format", "text", "box.mbox")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := fmt.Sprintf("box.mbox:4:4: warning jargon: \"leverage\" is jargon; try \"use\" (and %d more uses: lines 9, 14, 19,", messages-1)
	if code != 1 || len(lines) != 1 || !strings.HasPrefix(lines[0], want) {
		t.Errorf("text: exit %d, %d lines (stderr %q), want one line starting %q; first: %q", code, len(lines), stderr, want, lines[0])
	}

	_, out, _ = runWith(t, "", false, "check", "--format", "pretty", "box.mbox")
	if n := strings.Count(out, "box.mbox\n"); n != 1 || !strings.Contains(out, fmt.Sprintf("and %d more uses", messages-1)) {
		t.Errorf("pretty: the mailbox heads %d groups, want one with every later use folded:\n%.600s", n, out)
	}

	var rep struct {
		Findings []json.RawMessage `json:"findings"`
		Summary  struct {
			Findings          int `json:"findings"`
			FilesWithFindings int `json:"files_with_findings"`
			Baselined         int `json:"baselined"`
		} `json:"summary"`
	}
	_, out, _ = runWith(t, "", false, "check", "--format", "json", "box.mbox")
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != messages || rep.Summary.Findings != messages || rep.Summary.FilesWithFindings != 1 {
		t.Errorf("json: %d findings, summary %+v; want %d findings in 1 file", len(rep.Findings), rep.Summary, messages)
	}

	if code, _, stderr := runWith(t, "", false, "check", "--write-baseline", "base.json", "box.mbox"); code != 0 {
		t.Fatalf("write-baseline: exit %d: %s", code, stderr)
	}
	mailbox(t, "box.mbox", messages+3)
	_, out, _ = runWith(t, "", false, "check", "--format", "json", "--baseline", "base.json", "box.mbox")
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 3 || rep.Summary.Baselined != messages {
		t.Errorf("baseline: %d findings shown and %d hidden, want 3 and %d", len(rep.Findings), rep.Summary.Baselined, messages)
	}
}

// TestLargeFileReportsAsWhole checks a file large enough to be read in
// windows, whose findings reach the report in many batches, and compares
// the output with that of the same file read whole (as
// --report-unused-disables reads it; the draft has no disable comment, so
// the findings are the same): byte for byte in every streaming format,
// with --max-findings, with a baseline recorded before the file grew, and
// in the GitHub job summary, with the same exit status.
func TestLargeFileReportsAsWhole(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var draft []byte
	err := corpus.Tree(1_300_000, 1, "text", 3, func(f corpus.File) error {
		draft = f.Data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(draft), "dejargon-") {
		t.Fatal("the draft holds a directive; pick another seed")
	}
	if err := os.WriteFile("large.txt", draft, 0o644); err != nil {
		t.Fatal(err)
	}
	// The baseline records the file as it was before its last 100 KB.
	if err := os.WriteFile("before.txt", draft[:len(draft)-100_000], 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runWith(t, "", false, "check", "--write-baseline", "base.json", "before.txt"); code != 0 {
		t.Fatalf("write-baseline: exit %d: %s", code, stderr)
	}
	base, err := os.ReadFile("base.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("base.json", []byte(strings.ReplaceAll(string(base), "before.txt", "large.txt")), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"--format", "json"},
		{"--format", "text"},
		{"--format", "pretty"},
		{"--format", "github"},
		{"--format", "sarif"},
		{"--format", "json", "--max-findings", "1000"},
		{"--format", "text", "--max-findings", "1000"},
		{"--format", "json", "--baseline", "base.json"},
		{"--format", "text", "--baseline", "base.json"},
		{"--format", "json", "--quiet"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			run := func(extra ...string) (int, string, string, string) {
				summary := filepath.Join(t.TempDir(), "summary.md")
				t.Setenv("GITHUB_STEP_SUMMARY", summary)
				code, out, stderr := runWith(t, "", false, append(append(append([]string{"check"}, args...), extra...), "large.txt")...)
				md, err := os.ReadFile(summary)
				if err != nil {
					t.Fatal(err)
				}
				return code, out, stderr, string(md)
			}
			code, out, stderr, md := run()
			wholeCode, whole, wholeStderr, wholeMD := run("--report-unused-disables")
			if code != 1 || code != wholeCode || stderr != wholeStderr {
				t.Errorf("exit %d (stderr %q), read whole %d (stderr %q); want 1 both", code, stderr, wholeCode, wholeStderr)
			}
			if out != whole {
				t.Errorf("output differs from the file read whole (%d and %d bytes)", len(out), len(whole))
			}
			if md != wholeMD || !strings.Contains(md, "findings") {
				t.Errorf("job summary differs from the file read whole:\n%s\n---\n%s", md, wholeMD)
			}
			if slices.Contains(args, "--baseline") && !strings.Contains(md, "hidden by the baseline") {
				t.Errorf("the baseline hid nothing:\n%s", md)
			}
		})
	}
}
