package segment

import (
	"sort"

	"github.com/dejargon/dejargon/lint"
)

// Compose maps inner, a segment whose pieces point into outer.Text (say,
// a paragraph of a decoded email body), to a segment whose pieces point
// into the source outer maps to.
func Compose(outer *lint.Segment, inner lint.Segment) lint.Segment {
	out := lint.Segment{Kind: inner.Kind, Text: inner.Text}
	add := func(p lint.Piece) {
		if n := len(out.Pieces); n > 0 {
			last := &out.Pieces[n-1]
			if !p.Verbatim && !last.Verbatim && p.Source == last.Source {
				last.SourceLen = max(last.SourceLen, p.SourceLen)
				return // the same encoded bytes stand for both
			}
		}
		out.Pieces = append(out.Pieces, p)
	}
	for i, p := range inner.Pieces {
		textEnd := len(inner.Text)
		if i+1 < len(inner.Pieces) {
			textEnd = inner.Pieces[i+1].Text
		}
		if !p.Verbatim {
			from, to := outer.SourceSpan(p.Source, p.Source+max(p.SourceLen, 1))
			add(lint.Piece{Text: p.Text, Source: from, SourceLen: to - from})
			continue
		}
		// A verbatim run of the decoded text may cross several pieces of
		// the outer mapping; split it where they change.
		d, dEnd := p.Source, p.Source+textEnd-p.Text
		for d < dEnd {
			k := sort.Search(len(outer.Pieces), func(k int) bool { return outer.Pieces[k].Text > d }) - 1
			k = max(k, 0)
			op := outer.Pieces[k]
			next := len(outer.Text)
			if k+1 < len(outer.Pieces) {
				next = outer.Pieces[k+1].Text
			}
			next = min(max(next, d+1), dEnd)
			if op.Verbatim {
				add(lint.Piece{Text: p.Text + d - p.Source, Source: op.Source + d - op.Text, Verbatim: true})
			} else {
				add(lint.Piece{Text: p.Text + d - p.Source, Source: op.Source, SourceLen: op.SourceLen})
			}
			d = next
		}
	}
	return out
}

// SourceOffset maps an offset into outer.Text, up to and including its
// end, to the source.
func SourceOffset(outer *lint.Segment, d int) int {
	if d >= len(outer.Text) && len(outer.Text) > 0 {
		_, end := outer.SourceSpan(len(outer.Text)-1, len(outer.Text))
		return end
	}
	return outer.SourceOffset(d)
}
