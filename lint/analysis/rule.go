package analysis

import "github.com/dejargon/dejargon/glossary"

// Rule describes one check, once. The linter, config validation,
// `dejargon config`, SARIF rule metadata, `explain --rule` and the
// README's rules table all read this value; nothing about a rule is
// written anywhere else. Package rules holds every Rule.
type Rule struct {
	// ID names the rule in findings, config and directives.
	ID string
	// Name is a readable identifier in PascalCase that differs from ID
	// (SARIF asks for one): JargonTerm.
	Name string
	// Title is a one-line summary, for lists and SARIF shortDescription.
	Title string
	// Doc is one paragraph: what the rule reports and why readers care.
	Doc string
	// Severity is the rule's default severity for each audience. A
	// glossary entry's own severity wins for the findings it causes, and
	// the user's config wins over both.
	Severity map[glossary.Audience]glossary.Severity
	// Fixable is set when the rule's findings may carry fixes.
	Fixable bool
	// Check is the pass that reports the rule's findings. Rules found in
	// one walk over the document (jargon and wordy; the acronym rules)
	// share one Check, which the linter runs once.
	Check Check
}

// Check walks an analysed document and reports findings through emit. It
// sets each finding's Rule, Severity, message and fixes; the linter then
// applies the user's settings and suppressions.
type Check interface {
	Run(a *Analysis, emit func(Finding))
}

// SeverityFor returns the rule's default severity for audience a.
func (r *Rule) SeverityFor(a glossary.Audience) glossary.Severity {
	if s, ok := r.Severity[a]; ok {
		return s
	}
	return glossary.Suggestion
}

// Everyone gives severity s to every audience.
func Everyone(s glossary.Severity) map[glossary.Audience]glossary.Severity {
	m := make(map[glossary.Audience]glossary.Severity, len(glossary.Audiences))
	for _, a := range glossary.Audiences {
		m[a] = s
	}
	return m
}
