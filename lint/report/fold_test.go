package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/text"
)

func TestLaterUses(t *testing.T) {
	tests := []struct {
		lines      []int
		paragraphs bool
		want       string
	}{
		{[]int{4}, false, "and 1 more use: line 4"},
		{[]int{4}, true, "and 1 more use: paragraph 4"},
		{[]int{4, 9}, true, "and 2 more uses: paragraphs 4, 9"},
		{[]int{4, 9, 12}, false, "and 3 more uses: lines 4, 9, 12"},
		{[]int{9, 9}, false, "and 2 more uses: line 9"},
		{[]int{3, 3, 5}, false, "and 3 more uses: lines 3, 5"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, false, "and 10 more uses: lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10}, false, "and 12 more uses: lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, false, "and 12 more uses: lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …"},
		{[]int{1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11, 12}, false, "and 14 more uses: lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …"},
	}
	for _, tt := range tests {
		var fo folder
		fo.add(&lint.Finding{Rule: "jargon", Term: "roll out", Line: 1})
		for _, l := range tt.lines {
			if fo.add(&lint.Finding{Rule: "jargon", Term: "roll out", Line: l}) {
				t.Fatalf("a later use at line %d was shown", l)
			}
		}
		if got := fo.laterUses(0, tt.paragraphs); got != tt.want {
			t.Errorf("later uses %v: %q, want %q", tt.lines, got, tt.want)
		}
	}
}

func TestFoldRepeats(t *testing.T) {
	fs := []lint.Finding{
		{Rule: "jargon", Term: "roll out", Line: 1},
		{Rule: "long-sentence", Line: 2},
		{Rule: "jargon", Term: "Roll out", Line: 3},
		{Rule: "wordy", Term: "roll out", Line: 4},
		{Rule: "long-sentence", Line: 5},
		{Rule: "jargon", Term: "roll out", Line: 6},
	}
	var fo folder
	var shown []int
	for i := range fs {
		if fo.add(&fs[i]) {
			shown = append(shown, fs[i].Line)
		}
	}
	// Terms fold by rule, in any case; findings without a term never fold.
	if got := fmt.Sprint(shown); got != "[1 2 4 5]" {
		t.Errorf("shown lines %s, want [1 2 4 5]", got)
	}
	if got := fo.laterUses(0, false); got != "and 2 more uses: lines 3, 6" {
		t.Errorf("later uses of the first finding: %q", got)
	}
	for i := 1; i < 4; i++ {
		if got := fo.laterUses(i, false); got != "" {
			t.Errorf("shown finding %d has later uses %q, want none", i, got)
		}
	}
}

// foldReport is a laptop-rollout notice that repeats its jargon, in two
// files, so the golden files show folding per file.
func foldReport(t *testing.T) *Report {
	t.Helper()
	g, err := glossary.Parse("team.yaml", []byte(`entries:
  - {term: roll out, kind: jargon, replace: [launch], forms: [rollout], definition: Making a new system available to people in stages.}
  - {term: leverage, kind: jargon, replace: [use]}
  - {term: SSO, kind: acronym, expansion: single sign-on}
`))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	drafts := []struct{ path, src string }{
		{"a.txt", "The rollout starts Monday.\nWe leverage SSO in the rollout.\nSSO again.\n\nThe rollout, the rollout and the rollout.\nRolled out by June; we leverage it.\n"},
		{"b.txt", "One rollout only.\n"},
	}
	rep := &Report{}
	for _, d := range drafts {
		rep.Findings = append(rep.Findings, l.Check(text.Read(d.path, []byte(d.src)))...)
		rep.FilesChecked++
	}
	Sort(rep.Findings)
	return rep
}

// TestFoldGolden compares pretty and text output, folded and with every
// use, with golden files; `go test ./lint/report -update` rewrites them.
func TestFoldGolden(t *testing.T) {
	rep := foldReport(t)
	for _, tt := range []struct {
		name string
		f    Formatter
	}{
		{"fold.pretty", &Pretty{}},
		{"fold-all.pretty", &Pretty{AllUses: true}},
		{"fold.text", &Text{}},
		{"fold-all.text", &Text{AllUses: true}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.f.Format(&buf, rep); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tt.name+".golden")
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
				t.Errorf("output differs from %s:\n%s", golden, buf.String())
			}
		})
	}
}
