package rewrite

import "github.com/dejargon/dejargon/lint/document"

// span is a run of a segment's text that is stored verbatim in the source:
// text[start:end] of seg is source[offset:offset+end-start].
type span struct {
	seg        *document.Segment
	start, end int
	offset     int
}

// locate finds the text of segment s stored at source bytes [off,
// off+n). The bytes must lie in verbatim pieces that follow each other in
// text and source alike; otherwise the reason says why they cannot be
// rewritten.
func locate(doc *document.Document, s *document.Segment, off, n int) (span, Reason) {
	if off < 0 || n <= 0 || off+n > len(doc.Source) {
		return span{}, Markup
	}
	for pi, p := range s.Pieces {
		textEnd := pieceEnd(s, pi)
		if !sameBytes(doc, s, pi) {
			if off >= p.Source && off < p.Source+max(p.SourceLen, 1) {
				return span{}, Encoded
			}
			continue
		}
		if off < p.Source || off >= p.Source+textEnd-p.Text {
			continue
		}
		start := p.Text + off - p.Source
		// Extend through pieces that continue the same bytes.
		for start+n > textEnd {
			if pi+1 >= len(s.Pieces) {
				return span{}, Markup
			}
			q := s.Pieces[pi+1]
			if !sameBytes(doc, s, pi+1) || q.Source != p.Source+q.Text-p.Text {
				return span{}, Markup
			}
			pi++
			textEnd = pieceEnd(s, pi)
		}
		end := start + n
		if end > len(s.Text) || s.Text[start:end] != string(doc.Source[off:off+n]) {
			return span{}, Markup
		}
		return span{seg: s, start: start, end: end, offset: off}, ""
	}
	return span{}, Encoded
}

// pieceEnd is where piece i's text ends: where the next piece starts.
func pieceEnd(s *document.Segment, i int) int {
	if i+1 < len(s.Pieces) {
		return s.Pieces[i+1].Text
	}
	return len(s.Text)
}

// sameBytes reports whether piece i of s holds the same bytes in text and
// source: a verbatim piece, or a decoded one that decodes to itself (a
// reader may mark each soft line break "\n" as decoded, since under CRLF
// it would not be).
func sameBytes(doc *document.Document, s *document.Segment, i int) bool {
	p := s.Pieces[i]
	if p.Verbatim {
		return true
	}
	text := s.Text[p.Text:pieceEnd(s, i)]
	return p.SourceLen == len(text) && p.Source+p.SourceLen <= len(doc.Source) &&
		string(doc.Source[p.Source:p.Source+p.SourceLen]) == text
}
