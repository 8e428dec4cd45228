package baseline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint"
)

func finding(path, line string, col, endCol int, match string) lint.Finding {
	return lint.Finding{Path: path, Line: 1, Column: col, EndLine: 1, EndColumn: endCol,
		Rule: "jargon", Term: "leverage", Match: match, LineText: line}
}

func TestContext(t *testing.T) {
	tests := []struct {
		name string
		f    lint.Finding
		want string
	}{
		{"words either side", finding("a", "So we will leverage the new portal today.", 12, 20, "leverage"),
			"so we will [leverage] the new portal"},
		{"stops at the sentence", finding("a", "First one. We leverage it! Next sentence.", 15, 23, "leverage"),
			"we [leverage] it"},
		{"markup and case", finding("a", "**We** Leverage `the` thing", 8, 16, "Leverage"),
			"we [leverage] the thing"},
		{"multi-byte columns", finding("a", "Ça va: leverage ça", 8, 16, "leverage"),
			"ça va [leverage] ça"},
		{"match over two lines", lint.Finding{Column: 4, Line: 1, EndLine: 2, EndColumn: 3, Match: "touch\nbase", LineText: "We touch"},
			"we [touch base]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Context(&tt.f); got != tt.want {
				t.Errorf("Context = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestFilterSurvivesMovesAndCounts records findings, then checks a later
// run where they moved lines, one key occurs once more, and one is new.
func TestFilterSurvivesMovesAndCounts(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "base.json")
	doc := filepath.Join(dir, "doc.md")
	same := func(line int) lint.Finding {
		f := finding(doc, "Please leverage it.", 8, 16, "leverage")
		f.Line, f.EndLine = line, line
		return f
	}
	b, err := New(path, []lint.Finding{same(1), same(2)})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	other := finding(doc, "We leverage the cloud.", 4, 12, "leverage")
	kept, silenced := loaded.Filter([]lint.Finding{same(10), same(11), same(12), other})
	if silenced != 2 || len(kept) != 2 || kept[0].Line != 12 || kept[1].LineText != other.LineText {
		t.Errorf("kept %+v, silenced %d; want the third copy and the new finding", kept, silenced)
	}
	elsewhere := same(1)
	elsewhere.Path = filepath.Join(dir, "other.md")
	if kept, _ := loaded.Filter([]lint.Finding{elsewhere}); len(kept) != 1 {
		t.Error("a finding in another file was silenced")
	}
}

func TestLoadRejectsOtherFiles(t *testing.T) {
	tests := map[string]string{
		"not json":      "entries: []\n",
		"wrong version": `{"version": 2, "findings": []}`,
		"unknown field": `{"version": 1, "findings": [{"path": "a", "line": 3}]}`,
	}
	for name, content := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "b.json")
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(path)
			if err == nil || !strings.Contains(err.Error(), path) {
				t.Errorf("Load = %v, want an error naming the file", err)
			}
		})
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("a missing file loaded")
	}
}

// TestWriteKeepsTextReadable writes a baseline whose path, term and
// context hold &, < and >: the file keeps them as written, since it is
// committed and read in diffs, and loads back to the same records.
func TestWriteKeepsTextReadable(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "base.json")
	f := lint.Finding{Path: filepath.Join(dir, "R&D <notes>.md"), Line: 1, Column: 9, EndLine: 1, EndColumn: 12,
		Rule: "acronym-undefined", Term: "R&D", Match: "R&D", LineText: "Ask the R&D team."}
	b, err := New(path, []lint.Finding{f})
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"path": "R&D <notes>.md"`, `"term": "R&D"`, `"context": "ask the [r d] team"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("baseline lacks %s:\n%s", want, data)
		}
	}
	loaded, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if kept, silenced := loaded.Filter([]lint.Finding{f}); len(kept) != 0 || silenced != 1 {
		t.Errorf("the finding written was not silenced: kept %d, silenced %d", len(kept), silenced)
	}
}

// TestMatcherAcrossBatches: a key recorded twice silences the first two
// findings with that key, whether they come in one call or in several.
func TestMatcherAcrossBatches(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.md")
	at := func(line int) lint.Finding {
		f := finding(doc, "Please leverage it.", 8, 16, "leverage")
		f.Line, f.EndLine = line, line
		return f
	}
	b, err := New(filepath.Join(dir, "base.json"), []lint.Finding{at(1), at(2)})
	if err != nil {
		t.Fatal(err)
	}
	fs := []lint.Finding{at(5), at(6), at(7), at(8)}
	whole, wholeHidden := b.Filter(fs)
	m := b.Matcher()
	var kept []lint.Finding
	hidden := 0
	for i := range fs {
		k, n := m.Filter(fs[i : i+1])
		kept = append(kept, k...)
		hidden += n
	}
	lines := func(fs []lint.Finding) string {
		var out []int
		for _, f := range fs {
			out = append(out, f.Line)
		}
		return fmt.Sprint(out)
	}
	if lines(kept) != "[7 8]" || hidden != 2 || lines(whole) != "[7 8]" || wholeHidden != 2 {
		t.Errorf("one at a time: kept lines %s, %d hidden; in one call: kept lines %s, %d hidden; want [7 8] and 2 both ways",
			lines(kept), hidden, lines(whole), wholeHidden)
	}
}
