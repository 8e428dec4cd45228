package fix

import (
	"sort"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/rewrite"
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

// Reason says why a finding was not fixed; the rule that reported the
// finding worked it out (package rewrite lists them).
type Reason = rewrite.Reason

// The reasons a fixable finding is left alone.
const (
	Encoded   = rewrite.Encoded
	Markup    = rewrite.Markup
	Grammar   = rewrite.Grammar
	Defined   = rewrite.Defined
	NotPlain  = rewrite.NotPlain
	Placement = rewrite.Placement
)

// Plan is what fix would do to one document.
type Plan struct {
	Doc *lint.Document
	// Edits are sorted by offset and never overlap.
	Edits []Edit
	// Skipped are findings whose entry is fixable but whose text is not.
	Skipped []Skip
}

// PlanFor checks doc with l and plans the first fix of every finding that
// carries one. The fixes are the findings' own: the rules worked them out
// when they reported them. What the plan adds is how the fixes go
// together: overlapping edits keep the first, and an edit that would make
// a new term with its neighbours (for a second run to fix) is dropped.
func PlanFor(l *lint.Linter, doc *lint.Document) *Plan {
	p := &Plan{Doc: doc}
	plain := plainCheck{l: l}
	lines := doc.Positions()
	var planned []plannedEdit
	for _, f := range l.Check(doc) {
		if len(f.Fixes) == 0 {
			if f.Unfixable != "" && Reason(f.Unfixable) != rewrite.NotAllowed {
				p.Skipped = append(p.Skipped, Skip{Finding: f, Reason: Reason(f.Unfixable)})
			}
			continue
		}
		for _, e := range f.Fixes[0].Edits {
			// Edits count in the document's source; a package document's
			// count in their part.
			e.Offset = doc.SourceOffset(f.Part, e.Offset)
			seg, textStart, ok := segmentAt(doc, e.Offset)
			if !ok || e.End() > len(doc.Source) {
				p.Skipped = append(p.Skipped, Skip{Finding: f, Reason: Markup})
				continue
			}
			pos := lines.Position(e.Offset)
			edit := Edit{
				Offset: e.Offset, Length: e.Length,
				Old: string(doc.Source[e.Offset:e.End()]), New: e.New,
				Line: pos.Line, Column: pos.Column, Rule: f.Rule, Term: f.Term,
			}
			planned = append(planned, plannedEdit{edit: edit, seg: seg, textStart: textStart, finding: f})
		}
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

// segmentAt finds the segment whose verbatim text holds source offset off,
// and off's place in that text. Segments are in source order, so a binary
// search finds the candidates.
func segmentAt(doc *lint.Document, off int) (*lint.Segment, int, bool) {
	segs := doc.Segments
	i := sort.Search(len(segs), func(i int) bool {
		return len(segs[i].Pieces) > 0 && segs[i].Pieces[0].Source > off
	})
	// A segment nested in another's source range (alt text inside a
	// paragraph) may start earlier: look back a little.
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		s := &segs[j]
		for k, pc := range s.Pieces {
			end := len(s.Text)
			if k+1 < len(s.Pieces) {
				end = s.Pieces[k+1].Text
			}
			if pc.Verbatim && off >= pc.Source && off < pc.Source+end-pc.Text {
				return s, pc.Text + off - pc.Source, true
			}
		}
	}
	return nil, 0, false
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

// plainCheck checks text as fix would find it after the edits.
type plainCheck struct {
	l *lint.Linter
}
