package stats

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/rules"
)

func TestRunTotals(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":     "We fixed it. The server was restarted.",
		"b.md":      "# Title only\n\nThe report was written by the team and it was sent.",
		"empty.txt": "",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	l, err := lint.New(&glossary.Glossary{})
	if err != nil {
		t.Fatal(err)
	}
	linterFor := func(string) (*lint.Linter, error) { return l, nil }
	rep := Run([]string{dir, filepath.Join(dir, "missing.txt")}, Options{LinterFor: linterFor})

	tests := []struct {
		name      string
		got, want int
	}{
		{"files", len(rep.Files), 3},
		{"errors", len(rep.Errors), 1},
		{"a words", rep.Files[0].Words, 7},
		{"a sentences", rep.Files[0].Sentences, 2},
		// The heading is a label, not a sentence.
		{"b words", rep.Files[1].Words, 11},
		{"b sentences", rep.Files[1].Sentences, 1},
		{"empty words", rep.Files[2].Words, 0},
		{"total words", rep.Total.Words, 18},
		{"total sentences", rep.Total.Sentences, 3},
		{"total passives", rep.Total.Findings[rules.PassiveVoice.ID], 3},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %d, want %d", tt.name, tt.got, tt.want)
		}
	}
	if g := rep.Files[2].Grade; g != 0 {
		t.Errorf("an empty file has grade %v, want 0", g)
	}

	var table, js bytes.Buffer
	if err := WriteTable(&table, rep, false, 0); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"total", "passive-voice 2", "passive-voice 3", "none"} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, table.String())
		}
	}
	if err := WriteJSON(&js, rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"passive-voice": 3`) || !strings.Contains(js.String(), `"smog": null`) {
		t.Errorf("json lacks the total or the absent SMOG:\n%s", js.String())
	}
}
