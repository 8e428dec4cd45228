package lint

import (
	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/match"
	"github.com/dejargon/dejargon/lint/rules"
)

// Judge says whether Check reports entry e, and at which severity: the
// rules' verdict for the audience (rules.Judge), then this linter's
// settings, a rule turned off, a severity set for it or an allowed term,
// applied as Check applies them to findings. explain and glossary list
// ask it, so that they say what check does.
func (l *Linter) Judge(e *glossary.Entry) (glossary.Severity, bool) {
	severity, counts := rules.Judge(e, l.profile)
	r := rules.ForKind(e.Kind)
	if !counts || l.disabled[r.ID] || l.allowsTerm(e.Term) {
		return "", false
	}
	if s, ok := l.severity[r.ID]; ok {
		severity = s
	}
	return severity, true
}

// Allows reports whether the linter's allowed terms keep term, written on
// its own, from being reported; explain says so rather than blaming the
// audience.
func (l *Linter) Allows(term string) bool { return l.allowsTerm(term) }

// allowsTerm reports whether term, written on its own, lies inside an
// allowed term, as Check drops findings inside allowed text: "Synergy
// Cloud" allowed leaves "synergy" alone only inside the product's name.
func (l *Linter) allowsTerm(term string) bool {
	if l.allow == nil {
		return false
	}
	toks := match.Tokenize(term, nil)
	for _, m := range l.allow.Match(term, toks, nil) {
		if m.First == 0 && m.Last == len(toks)-1 {
			return true
		}
	}
	return false
}
