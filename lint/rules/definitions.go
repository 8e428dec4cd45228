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
// -1.
func indexUpperASCII(s string) int {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			return i
		}
	}
	return -1
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
