package rules

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
)

// SeverityText says a rule's default severities in words: the most
// common one, then the audiences that differ, "warning (suggestion for
// `technical`)".
func SeverityText(r *analysis.Rule) string {
	count := map[glossary.Severity]int{}
	for _, a := range glossary.Audiences {
		count[r.SeverityFor(a)]++
	}
	var usual glossary.Severity
	for _, s := range glossary.Severities {
		if count[s] > count[usual] {
			usual = s
		}
	}
	var others []string
	for _, a := range glossary.Audiences {
		if s := r.SeverityFor(a); s != usual {
			others = append(others, fmt.Sprintf("%s for `%s`", s, a))
		}
	}
	if len(others) == 0 {
		return string(usual)
	}
	return fmt.Sprintf("%s (%s)", usual, strings.Join(others, ", "))
}

// TableRow is the rule's row in the README's table of rules.
func TableRow(r *analysis.Rule) string {
	fix := ""
	if r.Fixable {
		fix = "; `fix` can rewrite it"
	}
	return fmt.Sprintf("| `%s` | %s%s | %s |", r.ID, r.Title, fix, SeverityText(r))
}
