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
// against the labelled notices, all of them and the held-out ones alone,
// and fails when recall falls or false positives rise past the committed
// figures in testdata/eval/score.txt. Run with -v to list what was missed
// and what was extra.
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
	all, err := Run(l, notices)
	if err != nil {
		t.Fatal(err)
	}
	held, err := Run(l, HeldOut(notices))
	if err != nil {
		t.Fatal(err)
	}
	if held.Notices == 0 {
		t.Fatal("no held-out notices")
	}
	for _, m := range all.Missed {
		t.Logf("missed: %s", m)
	}
	for _, e := range all.Extra {
		t.Logf("extra:  %s", e)
	}
	today := []Score{all, held}
	t.Logf("today: %s; held out: %s", all.Summary(), held.Summary())
	if *update {
		if err := os.WriteFile(scorePath, []byte(all.Summary()+"\n"+held.Summary()+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	committed, err := readScores(scorePath)
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"all notices", "held-out notices"} {
		s, c := today[i], committed[i]
		if s.Found*c.Marks < c.Found*s.Marks {
			t.Errorf("%s: recall fell: %.1f%%, committed %.1f%%", name, s.Recall(), c.Recall())
		}
		if s.FalsePositives > c.FalsePositives {
			t.Errorf("%s: false positives rose: %d, committed %d", name, s.FalsePositives, c.FalsePositives)
		}
		if s.Summary() != c.Summary() && !t.Failed() {
			t.Logf("%s: today %q, committed %q; record it with go test ./internal/evalset -update and copy it to the README", name, s.Summary(), c.Summary())
		}
	}
}

// TestReadmeStatesScore keeps the README's figures those of score.txt.
func TestReadmeStatesScore(t *testing.T) {
	committed, err := readScores(scorePath)
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(readme)), " ")
	for _, c := range committed {
		if !strings.Contains(flat, c.Summary()) {
			t.Errorf("README.md does not state the committed figures %q", c.Summary())
		}
	}
}

// readScores reads score.txt: the figures for all notices, then for the
// held-out ones.
func readScores(path string) ([2]Score, error) {
	var out [2]Score
	data, err := os.ReadFile(path)
	if err != nil {
		return out, err
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 2 {
		return out, fmt.Errorf("%s: want two lines, all notices and held-out ones, got %d", path, len(lines))
	}
	for i, line := range lines {
		var recall float64
		s := &out[i]
		if _, err := fmt.Sscanf(line, "%d notices, %d marks: recall %f%% (%d found), %d false positives in %d findings",
			&s.Notices, &s.Marks, &recall, &s.Found, &s.FalsePositives, &s.Findings); err != nil {
			return out, fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
	}
	return out, nil
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
	if len(HeldOut(notices)) != 0 {
		t.Error("a notice without the held-out line is held out")
	}
	write("b.txt", "Nothing here.\n")
	write("b.labels", "# held out: never used for tuning\n")
	if notices, err = Load(dir); err != nil || len(HeldOut(notices)) != 1 || HeldOut(notices)[0].Path != filepath.Join(dir, "b.txt") {
		t.Errorf("held out: %+v, %v", HeldOut(notices), err)
	}
	write("a.labels", "1:9 leverages\n")
	if _, err := Load(dir); err == nil {
		t.Error("a label whose text is not at its position loaded without error")
	}
}
