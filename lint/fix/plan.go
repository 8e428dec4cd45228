package fix

import (
	"sort"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// Edit replaces Length bytes of the original file at Offset with New.
type Edit struct {
	Offset, Length int
	// Old is the text replaced, as written in the file.
	Old string
	New string
	// Line and Column (1-based, in characters) locate Offset.
	Line, Column int
	// Rule and Term name the finding the edit fixes.
	Rule, Term string
}

// End is the offset just past the replaced bytes.
func (e Edit) End() int { return e.Offset + e.Length }

// Skip is a finding the plan leaves for a person, and why.
type Skip struct {
	Finding lint.Finding
	Reason  Reason
}

// Reason says why a finding was not fixed.
type Reason string

// The reasons a fixable finding is left alone.
const (
	// Encoded: the text is stored decoded (an entity, a quoted-printable
	// or base64 mail body), so its bytes are not the words.
	Encoded Reason = "the text is stored encoded"
	// Markup: the match runs across markup or a line prefix.
	Markup Reason = "the words run across markup"
	// Grammar: the replacement cannot be put in the written form safely.
	Grammar Reason = "the replacement would not fit the grammar"
	// Defined: the acronym is already spelled out beside it.
	Defined Reason = "the acronym is already explained"
	// NotPlain: the replacement is itself in the glossary, so a second run
	// would change it again.
	NotPlain Reason = "the replacement is itself in the glossary"
	// Placement: the text is a mail subject, which fix does not rewrite.
	Placement Reason = "fix does not rewrite mail subjects"
)

// Plan is what fix would do to one document.
type Plan struct {
	Doc *lint.Document
	// Edits are sorted by offset and never overlap.
	Edits []Edit
	// Skipped are findings whose entry is fixable but whose text is not.
	Skipped []Skip
}

// PlanFor checks doc with l and plans an edit for every finding whose
// glossary entry is fixable and whose text can be rewritten safely.
func PlanFor(l *lint.Linter, doc *lint.Document) *Plan {
	p := &Plan{Doc: doc}
	plain := plainCheck{l: l, cache: map[string]bool{}}
	lines := doc.Positions()
	var planned []plannedEdit
	for _, f := range l.Check(doc) {
		if !fixable(&f) {
			continue
		}
		// Edits count in the document's source; a package document's
		// findings count in their part.
		f.Offset = doc.SourceOffset(&f)
		f.Part = ""
		edit, sp, reason := planOne(doc, &f, &plain)
		if reason == Placement && isAcronym(&f) {
			// Spell out an acronym first met in a mail subject at its
			// first use in the body instead.
			if later, ok := firstBodyUse(l, doc, &f); ok {
				f = later
				edit, sp, reason = planOne(doc, &f, &plain)
			}
		}
		if reason != "" {
			p.Skipped = append(p.Skipped, Skip{Finding: f, Reason: reason})
			continue
		}
		pos := lines.Position(edit.Offset)
		edit.Line, edit.Column = pos.Line, pos.Column
		edit.Rule, edit.Term = f.Rule, f.Term
		planned = append(planned, plannedEdit{edit: edit, seg: sp.seg, textStart: sp.start - (sp.offset - edit.Offset), finding: f})
	}
	planned = dropOverlaps(planned)
	for _, pe := range stabilise(&plain, planned) {
		if pe.unstable {
			p.Skipped = append(p.Skipped, Skip{Finding: pe.finding, Reason: NotPlain})
			continue
		}
		p.Edits = append(p.Edits, pe.edit)
	}
	return p
}

// plannedEdit is an edit with where it sits in its segment's text.
type plannedEdit struct {
	edit      Edit
	seg       *lint.Segment
	textStart int
	finding   lint.Finding
	// unstable marks an edit that, with the others, would make a new term
	// for a second run to fix.
	unstable bool
}

// isAcronym reports the findings of the acronym rule that a spelled-out
// first use cures.
func isAcronym(f *lint.Finding) bool {
	return f.Rule == lint.RuleAcronymUndefined || f.Rule == lint.RuleAcronymLateDefinition
}

// fixable reports whether f is one fix may rewrite: an acronym whose
// expansion is known (from the glossary or the document itself), or a
// jargon or wordy finding whose entry allows it.
func fixable(f *lint.Finding) bool {
	if isAcronym(f) {
		return f.Expansion != ""
	}
	e := f.Entry
	return e != nil && f.Rule == string(e.Kind) && e.Kind != glossary.Acronym && e.Fixable()
}

// planOne works out the edit for one finding and the text span it
// starts from, or why there is none.
func planOne(doc *lint.Document, f *lint.Finding, plain *plainCheck) (Edit, span, Reason) {
	sp, reason := locate(doc, f.Offset, f.Length)
	if reason != "" {
		return Edit{}, sp, reason
	}
	if sp.seg.Kind == lint.Subject {
		return Edit{}, sp, Placement
	}
	written := sp.seg.Text[sp.start:sp.end]
	var repl string
	if isAcronym(f) {
		if alreadyDefined(sp.seg.Text, sp.start, sp.end) {
			return Edit{}, sp, Defined
		}
		if !plain.ok(f.Expansion) {
			return Edit{}, sp, NotPlain
		}
		var ok bool
		if repl, ok = spellOut(written, f); !ok {
			return Edit{}, sp, Grammar
		}
		if atSentenceStart(sp.seg.Text, sp.start) {
			repl = capitaliseFirst(repl)
		}
	} else {
		e := f.Entry
		if !plain.ok(e.Replace[0]) {
			return Edit{}, sp, NotPlain
		}
		var ok bool
		if repl, ok = replacement(written, e); !ok {
			return Edit{}, sp, Grammar
		}
	}
	edit := keepLineBreak(doc, sp, Edit{Offset: f.Offset, Length: f.Length, Old: written, New: repl})
	if a, ok := fixArticle(doc, sp, written, edit); ok {
		edit = a
	}
	return edit, sp, ""
}

// dropOverlaps keeps the first of any edits that overlap (an article
// correction may reach back into an earlier edit's words).
func dropOverlaps(edits []plannedEdit) []plannedEdit {
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].edit.Offset < edits[j].edit.Offset })
	out := edits[:0]
	for _, e := range edits {
		if len(out) > 0 && e.edit.Offset < out[len(out)-1].edit.End() {
			continue
		}
		out = append(out, e)
	}
	return out
}

// plainCheck remembers whether a replacement is free of glossary terms.
type plainCheck struct {
	l     *lint.Linter
	cache map[string]bool
}

// ok reports whether text holds nothing the fixer would rewrite, so that
// fixing a fixed document changes nothing. A term fix may not touch (a
// jargon entry with fix: false) is fine here; check still reports it.
func (p *plainCheck) ok(text string) bool {
	if v, seen := p.cache[text]; seen {
		return v
	}
	doc := &lint.Document{Source: []byte(text), Segments: []lint.Segment{lint.NewVerbatimSegment(lint.Paragraph, text, 0)}}
	v := true
	for _, f := range p.l.Check(doc) {
		if fixable(&f) {
			v = false
		}
	}
	p.cache[text] = v
	return v
}

// firstBodyUse returns f moved to the first use of its acronym outside a
// mail subject.
func firstBodyUse(l *lint.Linter, doc *lint.Document, f *lint.Finding) (lint.Finding, bool) {
	if f.Entry == nil {
		return lint.Finding{}, false
	}
	for _, s := range l.Analyze(doc).Segments {
		if s.Segment.Kind == lint.Subject {
			continue
		}
		for _, m := range s.Matches {
			if m.Entry != f.Entry {
				continue
			}
			from, to := s.Segment.SourceSpan(s.Tokens[m.First].Start, s.Tokens[m.Last].End)
			later := *f
			later.Offset, later.Length = from, to-from
			return later, true
		}
	}
	return lint.Finding{}, false
}
