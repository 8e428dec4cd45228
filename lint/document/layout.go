package document

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Positions turns byte offsets of a document's source into positions. A
// text file's positions are lines and columns (LineIndex); a document read
// from a package of XML parts (a .docx, an .odt) has no lines, and its
// Layout counts paragraphs instead.
type Positions interface {
	// Position returns the position of source offset off.
	Position(off int) Position
	// PositionFrom returns the position of off, possibly counting onward
	// from known, a position returned earlier.
	PositionFrom(known Position, off int) Position
	// Line returns the text of line (or paragraph) n, for excerpts.
	Line(n int) string
}

// Part is one XML part of a package document, such as word/document.xml
// or word/footnotes.xml. A package reader lays its parts end to end in
// Document.Source; the part's bytes are Source[Start:End].
type Part struct {
	Name       string
	Start, End int
}

// Layout places findings in a document read from a package of XML parts,
// which has paragraphs but no lines. Paragraphs are numbered from 1 in
// reading order across all parts, so a paragraph number alone names one;
// a finding's Line is its paragraph, its Column counts characters of the
// paragraph's text, and Part, Offset and Length name its bytes in the
// part's XML (see Finding).
type Layout struct {
	Parts []Part
	segs  []Segment
	// paragraph holds the paragraph number of each segment.
	paragraph []int
	// refs lists every piece of every segment by source offset.
	refs []pieceRef
	// bySeg maps a paragraph number to its segment, for Line.
	byPara map[int]int
}

type pieceRef struct {
	source int
	seg    int32
	piece  int32
}

// NewLayout describes a package document whose segments are segs (the
// Document's own slice) and whose segment i is paragraph paragraphs[i].
func NewLayout(parts []Part, segs []Segment, paragraphs []int) *Layout {
	l := &Layout{Parts: parts, segs: segs, paragraph: paragraphs, byPara: make(map[int]int, len(segs))}
	for i := range segs {
		l.byPara[paragraphs[i]] = i
		for k, p := range segs[i].Pieces {
			l.refs = append(l.refs, pieceRef{source: p.Source, seg: int32(i), piece: int32(k)})
		}
	}
	sort.SliceStable(l.refs, func(i, j int) bool { return l.refs[i].source < l.refs[j].source })
	return l
}

// Paragraph returns the paragraph number of segment i.
func (l *Layout) Paragraph(i int) int { return l.paragraph[i] }

// Position returns the paragraph and column of source offset off.
func (l *Layout) Position(off int) Position {
	i := sort.Search(len(l.refs), func(i int) bool { return l.refs[i].source > off }) - 1
	if i < 0 {
		return Position{Line: 1, Column: 1, Offset: off}
	}
	r := l.refs[i]
	s := &l.segs[r.seg]
	p := s.Pieces[r.piece]
	textEnd := len(s.Text)
	if int(r.piece)+1 < len(s.Pieces) {
		textEnd = s.Pieces[r.piece+1].Text
	}
	t := p.Text
	switch {
	case p.Verbatim:
		t = min(p.Text+off-p.Source, textEnd)
	case off >= p.Source+max(p.SourceLen, 1):
		t = textEnd // just past a decoded piece: the end of its text
	}
	return Position{Line: l.paragraph[r.seg], Column: utf8.RuneCountInString(s.Text[:t]) + 1, Offset: off}
}

// PositionFrom returns the position of off; a paragraph is short, so
// there is nothing to gain from counting onward.
func (l *Layout) PositionFrom(_ Position, off int) Position { return l.Position(off) }

// Line returns the text of paragraph n with line breaks shown as spaces,
// so that an excerpt stays on one line and columns still count alike.
func (l *Layout) Line(n int) string {
	i, ok := l.byPara[n]
	if !ok {
		return ""
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\v' {
			return ' '
		}
		return r
	}, l.segs[i].Text)
}

// Part returns the part holding source offset off.
func (l *Layout) Part(off int) (Part, bool) {
	i := sort.Search(len(l.Parts), func(i int) bool { return l.Parts[i].End > off })
	if i == len(l.Parts) || off < l.Parts[i].Start {
		return Part{}, false
	}
	return l.Parts[i], true
}

// PartStart returns where the part named name starts in the source.
func (l *Layout) PartStart(name string) (int, bool) {
	for _, p := range l.Parts {
		if p.Name == name {
			return p.Start, true
		}
	}
	return 0, false
}

// Local returns the part holding source offset off and off's offset
// within it, or ok false when off lies in no part.
func (l *Layout) Local(off int) (part string, local int, ok bool) {
	p, ok := l.Part(off)
	if !ok {
		return "", off, false
	}
	return p.Name, off - p.Start, true
}

// SourceOffset returns the offset in Source of offset off of part, as a
// finding or edit of a package document counts it; for a text file (or
// no part) it is off itself.
func (d *Document) SourceOffset(part string, off int) int {
	if d.Layout == nil || part == "" {
		return off
	}
	start, _ := d.Layout.PartStart(part)
	return start + off
}
