package main

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v3"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/report"
	"github.com/dejargon/dejargon/lint/stats"
)

// enumFlagOf is one flag with a fixed list of values, on one command.
type enumFlagOf struct {
	path []string // the command's words after dejargon
	flag *pflag.Flag
	enum enum
}

// allEnumFlags walks the command tree for flags declared with enumFlag.
func allEnumFlags(t *testing.T) []enumFlagOf {
	t.Helper()
	var out []enumFlagOf
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if v, ok := f.Value.(*enumValue); ok {
				out = append(out, enumFlagOf{path: path, flag: f, enum: v.enum})
			}
		})
		for _, sub := range c.Commands() {
			walk(sub, append(slices.Clone(path), sub.Name()))
		}
	}
	walk(newRootCmd(&streams{}), nil)
	if len(out) < 12 {
		t.Fatalf("found only %d enumerated flags", len(out))
	}
	return out
}

// TestEnumFlagsOneList proves that every enumerated flag's help text,
// validation and shell completion come from its one list.
func TestEnumFlagsOneList(t *testing.T) {
	for _, ef := range allEnumFlags(t) {
		name := strings.Join(ef.path, " ") + " --" + ef.flag.Name
		if !strings.HasSuffix(strings.TrimSpace(ef.flag.Usage), orList(ef.enum.values)) {
			t.Errorf("%s: help %q does not end with its values %q", name, ef.flag.Usage, orList(ef.enum.values))
		}
		args := append(append([]string{"__complete"}, ef.path...), "--"+ef.flag.Name, "")
		code, out, errOut := runWith(t, "", false, args...)
		if code != 0 {
			t.Fatalf("%s: completion exit %d: %s", name, code, errOut)
		}
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if !strings.HasPrefix(line, ":") {
				got = append(got, line)
			}
		}
		if !slices.Equal(got, ef.enum.values) {
			t.Errorf("%s: completes %q, want %q", name, got, ef.enum.values)
		}
		args = append(append([]string{}, ef.path...), "--"+ef.flag.Name, "bogus", "x")
		code, _, errOut = runWith(t, "", false, args...)
		if want := `unknown --` + ef.flag.Name + ` "bogus" (want ` + orList(ef.enum.values) + `)`; code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("%s bogus: exit %d, stderr %q; want 2 and %q", name, code, errOut, want)
		}
	}
}

// TestEnumFlagSources names the list each flag must come from, so that
// a command never offers another command's values (explain --format once
// completed check's formats).
func TestEnumFlagSources(t *testing.T) {
	want := map[string][]string{
		"check --format":          report.Names,
		"check --fail-on":         {"error", "warning", "suggestion", "none"},
		"check --type":            {"md", "html", "eml", "mbox", "docx", "odt", "text"},
		"check --audience":        names(glossary.Audiences),
		"explain --format":        {"text", "markdown"},
		"stats --format":          stats.Formats,
		"glossary list --format":  {"text", "markdown", "json"},
		"glossary list --kind":    names(glossary.Kinds),
		"config --fail-on":        {"error", "warning", "suggestion", "none"},
		"glossary suggest --type": {"md", "html", "eml", "mbox", "docx", "odt", "text"},
	}
	seen := map[string]bool{}
	for _, ef := range allEnumFlags(t) {
		name := strings.Join(ef.path, " ") + " --" + ef.flag.Name
		if w, ok := want[name]; ok {
			seen[name] = true
			if !slices.Equal(ef.enum.values, w) {
				t.Errorf("%s takes %q, want %q", name, ef.enum.values, w)
			}
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("%s is no enumerated flag", name)
		}
	}
}

// TestEnumeratedFlagNames proves that no command declares a flag that
// takes one of a fixed list of values (--type, --format…) as a plain
// string, whose help would name its values by hand and whose completion
// would offer files (glossary suggest --type once listed four types of
// seven).
func TestEnumeratedFlagNames(t *testing.T) {
	enumerated := map[string]bool{"type": true, "format": true, "audience": true, "fail-on": true, "kind": true}
	var walk func(c *cobra.Command, path string)
	walk = func(c *cobra.Command, path string) {
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if _, ok := f.Value.(*enumValue); enumerated[f.Name] && !ok {
				t.Errorf("%s --%s is a plain %s flag, not declared with enumFlag", path, f.Name, f.Value.Type())
			}
		})
		for _, sub := range c.Commands() {
			walk(sub, strings.TrimSpace(path+" "+sub.Name()))
		}
	}
	walk(newRootCmd(&streams{}), "")
}

// readme returns the README's text.
func readme(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// codeSpans returns the `code` spans of s, in order.
func codeSpans(s string) []string {
	var out []string
	for _, m := range regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestReadmeEnumerations checks the README's lists of formats, audiences,
// severities, reader types and extensions against the tables they come
// from.
func TestReadmeEnumerations(t *testing.T) {
	text := readme(t)
	row := func(prefix string) string {
		t.Helper()
		for _, line := range strings.Split(text, "\n") {
			if strings.HasPrefix(line, prefix) {
				return line
			}
		}
		t.Fatalf("README has no line starting %q", prefix)
		return ""
	}
	// The table of check's flags: the second cell's code spans, up to a
	// link, are the values.
	values := func(prefix string) []string {
		cells := strings.Split(row(prefix), " | ")
		s, _, _ := strings.Cut(cells[1], "(see")
		return codeSpans(s)
	}
	checks := []struct {
		prefix string
		want   []string
	}{
		{"| `-a, --audience NAME` |", names(glossary.Audiences)},
		{"| `-f, --format NAME` |", report.Names},
		{"| `--fail-on SEVERITY` |", failOnEnum().values},
		{"| `--type TYPE` |", names(reader.Types())},
	}
	for _, c := range checks {
		if got := values(c.prefix); !slices.Equal(got, c.want) {
			t.Errorf("README row %s lists %q, want %q", c.prefix, got, c.want)
		}
	}
	// The extensions a folder walk picks up, and those the pre-commit
	// hook checks, in the two sentences that list them.
	for _, start := range []string{"A folder is walked for every", "The hook checks the staged"} {
		i := strings.Index(text, start)
		if i < 0 {
			t.Fatalf("README has no sentence %q", start)
		}
		sentence, _, _ := strings.Cut(text[i:], " file")
		if got := codeSpans(sentence); !slices.Equal(got, reader.Extensions()) {
			t.Errorf("README %q… lists %q, want %q", start, got, reader.Extensions())
		}
	}
	// The table of formats names every extension once.
	var listed []string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "| `.") {
			cell, _, _ := strings.Cut(strings.TrimPrefix(line, "| "), " |")
			listed = append(listed, codeSpans(cell)...)
		}
	}
	slices.Sort(listed)
	exts := reader.Extensions()
	slices.Sort(exts)
	if !slices.Equal(listed, exts) {
		t.Errorf("README formats table lists %q, want %q", listed, exts)
	}
}

// TestActionInputs checks the GitHub Action's inputs against the lists
// they pass on to check: the fail-on values it names and its default
// format.
func TestActionInputs(t *testing.T) {
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Inputs map[string]struct {
			Description string `yaml:"description"`
			Default     string `yaml:"default"`
		} `yaml:"inputs"`
	}
	if err := yaml.Unmarshal(data, &action); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if want := "(" + orList(failOnEnum().values) + ")"; !strings.Contains(action.Inputs["fail-on"].Description, want) {
		t.Errorf("action.yml fail-on: %q does not list %s", action.Inputs["fail-on"].Description, want)
	}
	if d := action.Inputs["format"].Default; !slices.Contains(report.Names, d) {
		t.Errorf("action.yml format default %q is no format of check (%q)", d, report.Names)
	}
}

// TestValueFlagsOfferNoFiles proves that the shell offers no file names
// for flags that take a number, a size, a revision or an address.
func TestValueFlagsOfferNoFiles(t *testing.T) {
	for _, args := range [][]string{
		{"check", "--max-file-size"}, {"check", "--max-findings"}, {"check", "--new-from-rev"},
		{"stats", "--max-file-size"}, {"fix", "--max-file-size"}, {"serve", "--port"}, {"serve", "--listen"},
	} {
		code, out, errOut := runWith(t, "", false, append(append([]string{"__complete"}, args...), "")...)
		if code != 0 || !strings.Contains(out, ":4\n") {
			t.Errorf("%s: exit %d, completion %q %s; want directive 4 (no files)", strings.Join(args, " "), code, out, errOut)
		}
	}
}
