package main

import (
	"os"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint/rules"
)

// readmePath is the front door these tests keep honest.
const readmePath = "../../README.md"

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
