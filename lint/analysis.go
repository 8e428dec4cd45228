package lint

// Analysis is what rules see of a document: its segments with their
// tokens and glossary matches, worked out once and shared by every rule.
type Analysis struct {
	Doc      *Document
	Segments []SegmentAnalysis
	Profile  *Profile

	lines Positions
	// lineText caches the text of the last line a finding was on: findings
	// come in source order and often share a line, so they share its string.
	lineNo   int
	lineText string
	// last is the start of the previous finding, from which the next
	// one's column is counted when it follows on the same line.
	last Position
	// sentences is computed on first use (sentences.go).
	sentences *sentenceAnalysis
}

// SegmentAnalysis holds one segment's tokens and matches.
type SegmentAnalysis struct {
	Segment *Segment
	Tokens  []Token
	Matches []Match
}

// Word returns the text of token i.
func (s *SegmentAnalysis) Word(i int) string {
	t := s.Tokens[i]
	return s.Segment.Text[t.Start:t.End]
}

// Finding starts a finding for the text range [start, end) of segment seg,
// filling in the path and exact positions. The rule fills in the rest.
func (a *Analysis) Finding(seg int, start, end int) Finding {
	s := a.Segments[seg].Segment
	from, to := s.SourceSpan(start, end)
	to = min(max(to, from), len(a.Doc.Source))
	from = min(from, to)
	p := a.lines.PositionFrom(a.last, from)
	q := a.lines.PositionFrom(p, to)
	a.last = p
	return Finding{
		Path:      a.Doc.Path,
		Line:      p.Line,
		Column:    p.Column,
		EndLine:   q.Line,
		EndColumn: q.Column,
		Offset:    from,
		Length:    to - from,
		Match:     a.match(s, start, end, from, to),
		LineText:  a.line(p.Line),
	}
}

// match is the finding's text as written: its source bytes, or for a
// package document, whose source is XML, the text as read.
func (a *Analysis) match(s *Segment, start, end, from, to int) string {
	if a.Doc.Layout != nil {
		return s.Text[min(start, len(s.Text)):min(max(start, end), len(s.Text))]
	}
	return string(a.Doc.Source[from:to])
}

func (a *Analysis) line(n int) string {
	if n != a.lineNo {
		a.lineNo, a.lineText = n, a.lines.Line(n)
	}
	return a.lineText
}

// TokenFinding starts a finding covering tokens [first, last] of segment seg.
func (a *Analysis) TokenFinding(seg, first, last int) Finding {
	toks := a.Segments[seg].Tokens
	return a.Finding(seg, toks[first].Start, toks[last].End)
}

// Positions returns what turns the document's offsets into positions.
func (a *Analysis) Positions() Positions { return a.lines }

// Suppressed reports whether the document silences f where it stands.
func (a *Analysis) Suppressed(f *Finding) bool {
	return suppressed(a.Doc.Suppressions, f)
}
