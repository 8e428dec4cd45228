package evalset

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

var update = flag.Bool("update", false, "rewrite testdata/eval/score.txt with today's figures")

const (
	evalDir   = "../../testdata/eval"
	scorePath = "../../testdata/eval/score.txt"
)

// TestEvaluation checks the built-in glossary, for the default audience,
// against the labelled notices, and fails when recall falls or false
// positives rise past the committed figures in testdata/eval/score.txt.
// Run with -v to list what was missed and what was extra.
func TestEvaluation(t *testing.T) {
	notices, err := Load(evalDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(notices) < 20 {
		t.Fatalf("%d notices, want at least 20", len(notices))
	}
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Run(l, notices)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range s.Missed {
		t.Logf("missed: %s", m)
	}
	for _, e := range s.Extra {
		t.Logf("extra:  %s", e)
	}
	t.Logf("today: %s", s.Summary())
	if *update {
		if err := os.WriteFile(scorePath, []byte(s.Summary()+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	committed, err := readScore(scorePath)
	if err != nil {
		t.Fatal(err)
	}
	if s.Found*committed.Marks < committed.Found*s.Marks {
		t.Errorf("recall fell: %.1f%%, committed %.1f%%", s.Recall(), committed.Recall())
	}
	if s.FalsePositives > committed.FalsePositives {
		t.Errorf("false positives rose: %d, committed %d", s.FalsePositives, committed.FalsePositives)
	}
	if s.Summary() != committed.Summary() && !t.Failed() {
		t.Logf("better than committed (%s); record it with go test ./internal/evalset -update and copy it to the README", committed.Summary())
	}
}

// TestReadmeStatesScore keeps the README's figures those of score.txt.
func TestReadmeStatesScore(t *testing.T) {
	committed, err := readScore(scorePath)
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(strings.Fields(string(readme)), " "), committed.Summary()) {
		t.Errorf("README.md does not state the committed figures %q", committed.Summary())
	}
}

func readScore(path string) (Score, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Score{}, err
	}
	var s Score
	var recall float64
	_, err = fmt.Sscanf(strings.TrimSpace(string(data)), "%d notices, %d marks: recall %f%% (%d found), %d false positives in %d findings",
		&s.Notices, &s.Marks, &recall, &s.Found, &s.FalsePositives, &s.Findings)
	if err != nil {
		return Score{}, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func TestParseMark(t *testing.T) {
	tests := []struct {
		in   string
		want Mark
		ok   bool
	}{
		{"3:75 VPN", Mark{Line: 3, Column: 75, Text: "VPN"}, true},
		{"5:12 maintenance window", Mark{Line: 5, Column: 12, Text: "maintenance window"}, true},
		{"5:12", Mark{}, false},
		{"x:1 VPN", Mark{}, false},
		{"0:1 VPN", Mark{}, false},
		{"3 VPN", Mark{}, false},
	}
	for _, tt := range tests {
		got, err := parseMark(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseMark(%q) = %+v, %v; want %+v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestScoring(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "We will leverage the ZTNA portal.\nThe server is fine.\n")
	write("a.labels", "# marks\n1:9 leverage\n2:5 server\n")
	g, err := glossary.Parse("g.yaml", []byte("entries:\n  - {term: leverage, kind: jargon, replace: [use]}\n  - {term: portal, kind: jargon, replace: [site]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	notices, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Run(l, notices)
	if err != nil {
		t.Fatal(err)
	}
	// leverage is found, server is missed; ZTNA and portal are extra.
	if s.Marks != 2 || s.Found != 1 || s.Findings != 3 || s.FalsePositives != 2 {
		t.Errorf("got %+v", s)
	}
	write("a.labels", "1:9 leverages\n")
	if _, err := Load(dir); err == nil {
		t.Error("a label whose text is not at its position loaded without error")
	}
}
