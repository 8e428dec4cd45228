package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint/rules"
)

// readmePath is the front door these tests keep honest.
const readmePath = "../../README.md"

// readmeExample is a fenced block of the README that shows a command and
// what it prints: its first line is "$ dejargon …".
type readmeExample struct {
	line int
	args []string
	want []string
}

func readmeExamples(t *testing.T) []readmeExample {
	t.Helper()
	src, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	var out []readmeExample
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "```") || i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "$ dejargon ") {
			continue
		}
		ex := readmeExample{line: i + 2, args: strings.Fields(strings.TrimPrefix(lines[i+1], "$ dejargon "))}
		for i += 2; i < len(lines) && !strings.HasPrefix(lines[i], "```"); i++ {
			ex.want = append(ex.want, lines[i])
		}
		out = append(out, ex)
	}
	return out
}

// TestReadmeExamples runs every command the README shows with its output
// and compares: the README's examples are what the tool prints. In the
// README, "…" stands for any text within a line, and a line holding only
// "…" for any number of lines.
func TestReadmeExamples(t *testing.T) {
	examples := readmeExamples(t)
	if len(examples) < 3 {
		t.Fatalf("found %d examples in the README", len(examples))
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir("../.."); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	for _, ex := range examples {
		var out bytes.Buffer
		// As a person sees it in a terminal, without colour.
		run(ex.args, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &out, OutTerminal: true, NoColor: true})
		pattern := examplePattern(ex.want)
		if !pattern.MatchString(out.String()) {
			t.Errorf("README.md:%d: dejargon %s prints\n%s\nwhich the README does not show:\n%s", ex.line, strings.Join(ex.args, " "), out.String(), strings.Join(ex.want, "\n"))
		}
	}
}

// examplePattern turns a README output block into a regular expression.
func examplePattern(want []string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString(`\A`)
	for _, line := range want {
		if strings.TrimSpace(line) == "…" {
			b.WriteString(`(?:.*\n)*?`)
			continue
		}
		parts := strings.Split(line, "…")
		for i, p := range parts {
			if i > 0 {
				b.WriteString(`.*?`)
			}
			b.WriteString(regexp.QuoteMeta(p))
		}
		b.WriteString(`[ \t]*\n`)
	}
	b.WriteString(`\z`)
	return regexp.MustCompile(b.String())
}

// TestReadmeRulesTable keeps the README's table of rules the registry's:
// one row per rule, in order, with its title and default severities.
func TestReadmeRulesTable(t *testing.T) {
	src, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(src), "| rule | what | default severity |\n| --- | --- | --- |\n")
	if !ok {
		t.Fatal("no rules table in the README")
	}
	table, _, _ = strings.Cut(table, "\n\n")
	rows := strings.Split(strings.TrimSpace(table), "\n")
	all := rules.All()
	if len(rows) != len(all) {
		t.Errorf("the README lists %d rules, the registry %d", len(rows), len(all))
	}
	for i, r := range all {
		want := rules.TableRow(r)
		if i >= len(rows) || rows[i] != want {
			t.Errorf("README rules table row %d:\n got  %s\n want %s", i+1, rowAt(rows, i), want)
		}
	}
}

func rowAt(rows []string, i int) string {
	if i < len(rows) {
		return rows[i]
	}
	return "(missing)"
}
