package rules

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/internal/suggest"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/document"
)

// DisableDirective reports disable comments that cannot do what the
// writer meant: one naming a rule or term dejargon does not know (a typo
// silences nothing), and, when asked for (check --report-unused-disables),
// one that silenced nothing.
var DisableDirective = &analysis.Rule{
	ID:    "disable-directive",
	Name:  "DisableDirective",
	Title: "A disable comment names an unknown rule or term, or silences nothing",
	Doc: "Reports a dejargon-disable comment that names something that is neither a rule id nor a term of " +
		"the glossary, usually a typo that leaves the finding it meant to silence in place; and, with " +
		"check --report-unused-disables, a comment that silenced no finding, which can go.",
	Severity: analysis.Everyone(glossary.Warning),
	Check:    directiveCheck{},
}

type directiveCheck struct{}

func (c directiveCheck) Run(a *analysis.Analysis, emit func(analysis.Finding)) {
	analysis.RunPass(c, a, emit)
}

// Begin starts the check: it reads the document's comments, not its
// windows, so it is one pass over the document however it is read.
func (directiveCheck) Begin(*analysis.Analysis) analysis.DocumentPass { return directivePass{} }

type directivePass struct{}

func (directivePass) Window(*analysis.Analysis) {}

func (directivePass) Finish(a *analysis.Analysis, emit func(analysis.Finding)) {
	ids := IDs()
	reported := map[int]bool{} // a comment's items are reported once
	for _, s := range a.Doc.Suppressions {
		if reported[s.From] || s.To <= s.From {
			continue
		}
		reported[s.From] = true
		for _, item := range s.Rules {
			if ByID(item) != nil || a.Glossary.Lookup(item) != nil || looksLikeAcronym(item) {
				continue
			}
			f := DirectiveFinding(a, s)
			f.Term = "unknown:" + item // never the item itself, which the comment would silence
			f.Message = fmt.Sprintf("the disable comment names %q, which is neither a rule nor a glossary term%s",
				item, suggest.DidYouMean(item, ids))
			emit(f)
		}
	}
}

// looksLikeAcronym accepts items such as "XYZ": the acronym rules flag
// capitalised words the glossary does not hold, so a comment may name one.
func looksLikeAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r) || r == '&' || r == '/':
		case r == 's' && strings.HasSuffix(s, "s"):
		default:
			return false
		}
	}
	return upper >= 2
}

// DirectiveFinding is a disable-directive finding on the comment that
// made suppression s.
func DirectiveFinding(a *analysis.Analysis, s document.Suppression) analysis.Finding {
	p := a.Lines().Position(s.From)
	q := a.Lines().Position(s.To)
	return analysis.Finding{
		Path: a.Doc.Path, Line: p.Line, Column: p.Column, EndLine: q.Line, EndColumn: q.Column,
		Offset: s.From, Length: s.To - s.From, Match: string(a.Doc.Source[s.From:s.To]),
		LineText: a.Lines().Line(p.Line), Rule: DisableDirective.ID,
		Severity: DisableDirective.SeverityFor(a.Profile.Audience), Suggestions: []string{},
	}
}

// UnusedDisable is the finding for a disable comment that silenced
// nothing.
func UnusedDisable(a *analysis.Analysis, s document.Suppression) analysis.Finding {
	f := DirectiveFinding(a, s)
	// The comment as written is its term: unused comments fold together
	// only when they are the same comment.
	f.Term = "unused: " + strings.Join(strings.Fields(f.Match), " ")
	f.Message = "the disable comment silences nothing; remove it"
	return f
}
