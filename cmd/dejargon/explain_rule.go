package main

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/internal/wrap"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/rules"
)

// explainRules prints what each named rule reports, from its descriptor:
// the same text SARIF viewers and the README show.
func explainRules(io *streams, ids []string) error {
	for i, id := range ids {
		r := rules.ByID(id)
		if r == nil {
			return usagef("unknown rule %q (rules: %s)", id, strings.Join(rules.IDs(), ", "))
		}
		if i > 0 {
			fmt.Fprintln(io.Out)
		}
		if err := printRule(io, r); err != nil {
			return err
		}
	}
	return nil
}

func printRule(io *streams, r *analysis.Rule) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", r.ID, r.Title)
	for _, line := range wrap.Words(r.Doc, 72) {
		fmt.Fprintf(&b, "  %s\n", line)
	}
	b.WriteString("  severity:")
	for _, a := range glossary.Audiences {
		fmt.Fprintf(&b, " %s %s", a, r.SeverityFor(a))
		if a != glossary.Audiences[len(glossary.Audiences)-1] {
			b.WriteString(",")
		}
	}
	b.WriteString("\n")
	if r.Fixable {
		b.WriteString("  fix: dejargon fix rewrites its findings where it is safe\n")
	}
	_, err := io.Out.Write([]byte(b.String()))
	return err
}
