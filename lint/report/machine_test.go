package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// machineGlossary is small and fixed so the golden files do not move when
// the built-in glossary grows.
const machineGlossary = `version: 1
entries:
  - term: SSO
    kind: acronym
    expansion: single sign-on
    definition: One login that opens many company systems.
  - term: leverage
    kind: jargon
    replace: [use]
    definition: To make use of something you already have.
  - term: going forward
    kind: wordy
    replace: [from now on]
  - term: bandwidth
    kind: jargon
    severity: error
    replace: [time]
    fix: false
`

// machineReport checks a few drafts that exercise what machine formats
// must get right: several files, a phrase across a line break, CRLF,
// multi-byte text before a match, and a file that could not be read.
func machineReport(t *testing.T) *Report {
	t.Helper()
	g, err := glossary.Parse("team.yaml", []byte(machineGlossary))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	drafts := []struct{ path, src string }{
		{"notes/b, draft.txt", "Café staff: we lack the bandwidth.\r\nGoing\r\nforward, ask first.\r\n"},
		{"a.txt", "Going forward, we will leverage the new SSO portal.\nEveryone leveraging the old SSO page must move.\n"},
	}
	rep := &Report{Errors: []FileError{{Path: "missing.txt", Message: "no such file or directory"}}}
	for _, d := range drafts {
		rep.Findings = append(rep.Findings, l.Check(text.Read(d.path, []byte(d.src)))...)
		rep.FilesChecked++
	}
	Sort(rep.Findings)
	return rep
}

// TestMachineGolden compares every machine format with its golden file;
// `go test ./lint/report -update` rewrites them after a deliberate change.
func TestMachineGolden(t *testing.T) {
	rep := machineReport(t)
	for _, name := range []string{"sarif", "github", "checkstyle"} {
		t.Run(name, func(t *testing.T) {
			f, err := New(name, Options{ToolVersion: "1.2.3"})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := f.Format(&buf, rep); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "machine."+name+".golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s output differs from %s:\n%s", name, golden, buf.String())
			}
		})
	}
}
