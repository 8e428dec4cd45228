package document

import "sort"

// Document is a file as the linter sees it: the original bytes, and the
// prose segments a reader would read, in source order.
type Document struct {
	// Path names the document in findings.
	Path string
	// Source holds the original bytes, used for positions and excerpts.
	Source []byte
	// Segments are the prose runs to check, in source order.
	Segments []Segment
	// Suppressions silence findings in ranges of the source.
	Suppressions []Suppression
	// Definitions are acronym definitions the format itself carries, such
	// as HTML <abbr title="…">; keyed by acronym.
	Definitions map[string]string
	// Notes are non-fatal problems met while reading (say, invalid UTF-8),
	// shown to the user once per document.
	Notes []string
	// Layout, set by the readers of package formats (.docx, .odt), says
	// Source is XML parts laid end to end and numbers their paragraphs;
	// findings then carry a part and a paragraph instead of a line.
	Layout *Layout
}

// Positions returns what turns the document's source offsets into
// positions: its layout, or an index of its lines.
func (d *Document) Positions() Positions {
	if d.Layout != nil {
		return d.Layout
	}
	return NewLineIndex(d.Source)
}

// SegmentKind says what part of a document a segment comes from. Rules
// use it: a heading is a sentence of its own, a table cell is never joined
// with its neighbour.
type SegmentKind uint8

// The kinds of segment.
const (
	Paragraph SegmentKind = iota
	Heading
	ListItem
	TableCell
	Quote
	Subject
	Caption
)

// Segment is one run of prose: a paragraph, heading, list item, table cell,
// alt text or email subject. Text is what the reader reads, with markup
// removed and entities decoded; Pieces map it back to the source.
type Segment struct {
	Kind SegmentKind
	Text string
	// Pieces are sorted by Text offset; the first starts at 0. Each maps a
	// run of Text to the source.
	Pieces []Piece
	// Encoded marks text the source stores in a transfer encoding (a
	// quoted-printable or base64 mail body): its words can be found and
	// placed, but not rewritten in place, since the encoding would have
	// to be redone; no finding in it carries a fix.
	Encoded bool
}

// Piece maps the Text of a segment from offset Text onwards (up to the next
// piece) to the source. When Verbatim is set the bytes are identical in
// text and source, so positions inside the piece map one to one; otherwise
// (a decoded entity, a quoted-printable line) every byte of the piece maps
// to Source, and the piece stands for SourceLen bytes of the source.
type Piece struct {
	Text      int
	Source    int
	Verbatim  bool
	SourceLen int
}

// NewVerbatimSegment makes a segment whose text is a slice of the source
// starting at offset.
func NewVerbatimSegment(kind SegmentKind, text string, offset int) Segment {
	return Segment{Kind: kind, Text: text, Pieces: []Piece{{Text: 0, Source: offset, Verbatim: true}}}
}

// SourceOffset maps a byte offset in the segment's text to a byte offset
// in the original file.
func (s *Segment) SourceOffset(textOffset int) int {
	if len(s.Pieces) == 0 {
		return 0
	}
	i := sort.Search(len(s.Pieces), func(i int) bool { return s.Pieces[i].Text > textOffset }) - 1
	if i < 0 {
		i = 0
	}
	p := s.Pieces[i]
	if p.Verbatim {
		return p.Source + textOffset - p.Text
	}
	return p.Source
}

// SourceSpan maps the text range [start, end) to the source range that
// holds it, from the first byte of start to the last byte of end-1, so that
// markup between (Going **forward**) falls inside the span.
func (s *Segment) SourceSpan(start, end int) (int, int) {
	from := s.SourceOffset(start)
	if end <= start {
		return from, from
	}
	last := end - 1
	i := sort.Search(len(s.Pieces), func(i int) bool { return s.Pieces[i].Text > last }) - 1
	if i < 0 {
		i = 0
	}
	p := s.Pieces[i]
	if p.Verbatim {
		return from, p.Source + end - p.Text
	}
	// A decoded piece (an entity like &nbsp;) ends where its source ends.
	return from, p.Source + max(p.SourceLen, 1)
}

// Suppression silences findings whose source offset lies in [Start, End).
// Terms and Rules, when not empty, limit it to those terms (compared
// without regard to case) or rule ids.
type Suppression struct {
	Start, End int
	Terms      []string
	Rules      []string
	// From and To are the bytes of the comment that made it, where a
	// warning about the comment (an unknown item, nothing silenced)
	// points.
	From, To int
}
