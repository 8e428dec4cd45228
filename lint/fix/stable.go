package fix

import "github.com/dejargon/dejargon/lint"

// stabilise marks the edits that would make a new term for fix to rewrite,
// so that fixing a fixed document changes nothing. A replacement can form
// a term with the words around it ("utilize cases" → "use cases"), and two
// edits, or an edit and a neighbour, can change how each other's words
// read ("SLA/in order in order to"). Each segment is checked as it would
// read with its edits applied; an edit inside or next to a new fixable
// finding is marked unstable and the check repeats without it. edits must
// be sorted and not overlap.
func stabilise(plain *plainCheck, edits []plannedEdit) []plannedEdit {
	bySeg := map[*lint.Segment][]int{}
	var order []*lint.Segment
	for i, e := range edits {
		if bySeg[e.seg] == nil {
			order = append(order, e.seg)
		}
		bySeg[e.seg] = append(bySeg[e.seg], i)
	}
	for _, seg := range order {
		idx := bySeg[seg]
		before := map[found]bool{}
		for _, f := range plain.fixableFindings(seg.Kind, seg.Text) {
			before[f] = true
		}
		// Each round drops at least one edit, so it ends.
		for range len(idx) + 1 {
			culprit := newTermCulprit(plain, seg, edits, idx, before)
			if culprit < 0 {
				break
			}
			edits[culprit].unstable = true
		}
	}
	return edits
}

// newTermCulprit applies the stable edits of idx to seg's text, checks the
// result, and returns the edit to blame for the first fixable finding
// that was not there before, or -1 when there is none.
func newTermCulprit(plain *plainCheck, seg *lint.Segment, edits []plannedEdit, idx []int, before map[found]bool) int {
	type placed struct {
		i                int
		newStart, newEnd int // the replacement's bytes in the new text
		shift            int // how far text after it moved
	}
	var b []byte
	var spots []placed
	last, shift := 0, 0
	for _, i := range idx {
		e := &edits[i]
		if e.unstable {
			continue
		}
		b = append(b, seg.Text[last:e.textStart]...)
		start := len(b)
		b = append(b, e.edit.New...)
		shift += len(e.edit.New) - e.edit.Length
		spots = append(spots, placed{i, start, len(b), shift})
		last = e.textStart + e.edit.Length
	}
	if len(spots) == 0 {
		return -1
	}
	b = append(b, seg.Text[last:]...)
	for _, f := range plain.fixableFindings(seg.Kind, string(b)) {
		nearest, distance, moved := -1, len(b)+1, 0
		for _, s := range spots {
			if f.Offset < s.newEnd && f.Offset+f.Length > s.newStart {
				return s.i // the finding overlaps a replacement
			}
			d := f.Offset - s.newEnd
			if s.newStart >= f.Offset+f.Length {
				d = s.newStart - (f.Offset + f.Length)
			} else {
				moved = s.shift
			}
			if d < distance {
				nearest, distance = s.i, d
			}
		}
		f.Offset -= moved
		if !before[f] {
			return nearest
		}
	}
	return -1
}

// found is a fixable finding in a lone segment, for comparing two checks.
type found struct {
	Offset, Length int
	Rule, Term     string
}

// fixableFindings checks text as a segment on its own.
func (p *plainCheck) fixableFindings(kind lint.SegmentKind, text string) []found {
	doc := &lint.Document{Source: []byte(text), Segments: []lint.Segment{lint.NewVerbatimSegment(kind, text, 0)}}
	var out []found
	for _, f := range p.l.Check(doc) {
		if len(f.Fixes) > 0 {
			out = append(out, found{f.Offset, f.Length, f.Rule, f.Term})
		}
	}
	return out
}
