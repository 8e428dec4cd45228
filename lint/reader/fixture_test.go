package reader

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/internal/doccheck"
)

const fixtureDir = "../../testdata/fixtures"

// marker is an expectation written in a fixture: "@want term, term" or
// "@want none", up to the end of the line or a closing "-->".
var marker = regexp.MustCompile(`@want\b([^\r\n]*?)(?:-->|[\r\n]|$)`)

// expectations reads the markers of src and returns src with each marker
// blanked out (same length, so positions do not move) and the terms
// expected on each line. A marker with text before it on its line speaks
// of that line; a marker alone on its line (perhaps in a comment) speaks
// of the line above. See testdata/fixtures/README.md.
func expectations(src []byte) ([]byte, map[int][]string) {
	out := []byte(string(src))
	want := map[int][]string{}
	lines := strings.SplitAfter(string(src), "\n")
	var all []string
	for _, l := range lines {
		// A lone CR ends a line too.
		parts := strings.SplitAfter(l, "\r")
		for i := 0; i < len(parts); i++ {
			if i+1 < len(parts) && parts[i+1] == "\n" {
				parts[i] += "\n"
				parts = slices.Delete(parts, i+1, i+2)
			}
		}
		all = append(all, parts...)
	}
	offset := 0
	for i, l := range all {
		for _, m := range marker.FindAllStringSubmatchIndex(l, -1) {
			terms := strings.TrimSpace(l[m[2]:m[3]])
			before := strings.TrimSpace(strings.ReplaceAll(l[:m[0]], "<!--", ""))
			line := i + 1
			if before == "" {
				line = i // the line above
			}
			want[line] = append(want[line], "") // the line has expectations
			if terms != "none" {
				for t := range strings.SplitSeq(terms, ",") {
					want[line] = append(want[line], strings.ToLower(strings.TrimSpace(t)))
				}
			}
			for k := m[0]; k < m[3]; k++ {
				out[offset+k] = ' '
			}
		}
		offset += len(l)
	}
	return out, want
}

// TestFixtures reads every fixture with the reader its name picks, checks
// it against the fixture glossary alone, and compares the findings with
// the expectations written in the fixture. A finding nobody expected fails
// as much as an expectation nobody met.
func TestFixtures(t *testing.T) {
	g, err := glossary.LoadAll(false, filepath.Join(fixtureDir, "glossary.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	tested := 0
	for _, e := range entries {
		name := e.Name()
		if name == "glossary.yaml" || name == "README.md" {
			continue
		}
		tested++
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(fixtureDir, name))
			if err != nil {
				t.Fatal(err)
			}
			src, want := expectations(raw)
			if len(want) == 0 {
				t.Fatal("fixture has no @want markers")
			}
			doc, err := Read(name, src, Options{IncludeQuoted: strings.Contains(name, "quoted")})
			if err != nil {
				t.Fatal(err)
			}
			findings := l.Check(doc)
			if err := doccheck.Check(doc, findings); err != nil {
				t.Error(err)
			}
			got := map[int][]string{}
			for _, f := range findings {
				if f.Entry == nil {
					continue // rules beyond the glossary are not this test's business
				}
				got[f.Line] = append(got[f.Line], strings.ToLower(f.Term))
			}
			for line := range merge(got, want) {
				w := slices.DeleteFunc(slices.Clone(want[line]), func(s string) bool { return s == "" })
				g := got[line]
				slices.Sort(w)
				slices.Sort(g)
				if !slices.Equal(g, w) {
					t.Errorf("%s:%d: found %s, want %s", name, line, list(g), list(w))
				}
			}
		})
	}
	if tested < 5 {
		t.Errorf("only %d fixtures found", tested)
	}
}

func merge(a, b map[int][]string) map[int]bool {
	lines := map[int]bool{}
	for k := range a {
		lines[k] = true
	}
	for k := range b {
		lines[k] = true
	}
	return lines
}

func list(terms []string) string {
	if len(terms) == 0 {
		return "none"
	}
	return fmt.Sprintf("%q", terms)
}
