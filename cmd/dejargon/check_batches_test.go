package main

import (
	"encoding/json"
	"fmt"
	"os"
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
// each format's output with that of the same file read whole (as
// --report-unused-disables reads it; the draft has no disable comment, so
// the findings are the same): byte for byte, with the same exit status.
func TestLargeFileReportsAsWhole(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	err := corpus.Tree(1_300_000, 1, "text", 3, func(f corpus.File) error {
		if strings.Contains(string(f.Data), "dejargon-") {
			t.Fatal("the draft holds a directive; pick another seed")
		}
		return os.WriteFile("large.txt", f.Data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "text", "pretty", "github", "sarif"} {
		t.Run(format, func(t *testing.T) {
			code, out, stderr := runWith(t, "", false, "check", "--format", format, "large.txt")
			wholeCode, whole, wholeStderr := runWith(t, "", false, "check", "--format", format, "--report-unused-disables", "large.txt")
			if code != 1 || code != wholeCode || stderr != wholeStderr {
				t.Errorf("exit %d (stderr %q), read whole %d (stderr %q); want 1 both", code, stderr, wholeCode, wholeStderr)
			}
			if out != whole {
				t.Errorf("output differs from the file read whole (%d and %d bytes)", len(out), len(whole))
			}
		})
	}
}
