package rules

import (
	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
)

// textRange is a byte range [start, end) of a segment's text.
type textRange struct{ start, end int }

// definedKey keys the memo of definedRanges.
type definedKey struct{}

// definedRanges returns, for each segment, where the text spells out an
// acronym: the long form of "single sign-on (SSO)" or "SSO stands for
// single sign-on". Glossary terms inside a long form stay quiet, since
// there the writer is doing what dejargon asks; so does the text fix
// writes when it spells an acronym out.
func definedRanges(a *analysis.Analysis) [][]textRange {
	return a.Memo(definedKey{}, func() any {
		out := make([][]textRange, len(a.Segments))
		for si := range a.Segments {
			out[si] = definitionsIn(&a.Segments[si])
		}
		return out
	}).([][]textRange)
}

// definitionsIn returns where segment s spells out an acronym.
func definitionsIn(s *analysis.SegmentAnalysis) []textRange {
	var out []textRange
	text := s.Segment.Text
	for _, m := range s.Matches {
		if m.Entry.Kind != glossary.Acronym {
			continue
		}
		// A glossary acronym, maybe of several tokens (CI/CD).
		start, end := s.Tokens[m.First].Start, s.Tokens[m.Last].End
		if from, to, ok := definitionOf(text, start, end, text[start:end], m.Entry.Expansion); ok {
			out = append(out, textRange{from, to})
		}
	}
	// Any other word written like an acronym. Only a word with an ASCII
	// capital can be one (acronymBase), and most words have none, so the
	// scan goes from capital to capital rather than word by word.
	mi, ti := 0, 0
	for p := 0; ; {
		k := indexUpperASCII(text[p:])
		if k < 0 {
			break
		}
		p += k
		for ti < len(s.Tokens) && s.Tokens[ti].End <= p {
			ti++
		}
		if ti == len(s.Tokens) {
			break
		}
		t := s.Tokens[ti]
		if t.Start > p {
			p++ // a capital in no word: in a URL
			continue
		}
		p = t.End
		for mi < len(s.Matches) && s.Matches[mi].Last < ti {
			mi++
		}
		if m := s.Matches; mi < len(m) && m[mi].First <= ti && m[mi].Entry.Kind == glossary.Acronym {
			continue // a glossary acronym's, done above
		}
		if base, ok := acronymBase(text[t.Start:t.End]); ok {
			if from, to, ok := definitionSpan(text, t.Start, t.Start+len(base), base); ok {
				out = append(out, textRange{from, to})
			}
		}
	}
	return out
}

// indexUpperASCII returns the index of the first ASCII capital in s, or
// -1. Prose has a capital every sentence or so, so it tests eight bytes
// at a time for one and looks at single bytes only where there is one.
func indexUpperASCII(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if hasUpper8(load64(s, i)) {
			break
		}
	}
	for ; i < len(s); i++ {
		if isUpper(s[i]) {
			return i
		}
	}
	return -1
}

// Byte-wise constants for hasUpper8: every byte 0x01, and every byte 0x7F.
const (
	bytes01 = 0x0101010101010101
	bytes7F = 0x7F7F7F7F7F7F7F7F
)

// hasUpper8 reports whether one of the eight bytes of x is an ASCII
// capital, 'A' to 'Z': the bytes below 0x80 have 0x7F-'Z' added, which
// carries into their top bit from 'Z'+1 up, and 0x80-'A' added, which
// carries from 'A' up; a capital sets the second top bit and not the
// first. Bytes from 0x80 up are masked out by ^x.
func hasUpper8(x uint64) bool {
	low := x & bytes7F
	aboveZ := low + bytes01*(0x7F-'Z')
	fromA := low + bytes01*(0x80-'A')
	return fromA&^aboveZ&^x&(bytes01*0x80) != 0
}

// load64 reads s[i:i+8] as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// insideAny reports whether [start, end) lies within one of rs.
func insideAny(rs []textRange, start, end int) bool {
	for _, r := range rs {
		if start >= r.start && end <= r.end {
			return true
		}
	}
	return false
}
