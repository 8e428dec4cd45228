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
			s := &a.Segments[si]
			text := s.Segment.Text
			mi := 0
			for i := 0; i < len(s.Tokens); i++ {
				for mi < len(s.Matches) && s.Matches[mi].Last < i {
					mi++
				}
				if mi < len(s.Matches) && s.Matches[mi].First == i && s.Matches[mi].Entry.Kind == glossary.Acronym {
					// A glossary acronym, maybe of several tokens (CI/CD).
					m := s.Matches[mi]
					start, end := s.Tokens[m.First].Start, s.Tokens[m.Last].End
					if from, to, ok := definitionOf(text, start, end, text[start:end], m.Entry.Expansion); ok {
						out[si] = append(out[si], textRange{from, to})
					}
					i = m.Last
					continue
				}
				t := s.Tokens[i]
				w := s.Word(i)
				if !hasUpperASCII(w) {
					// Most words have no capital, and so are no acronym.
					continue
				}
				if base, ok := acronymBase(w); ok {
					if from, to, ok := definitionSpan(text, t.Start, t.Start+len(base), base); ok {
						out[si] = append(out[si], textRange{from, to})
					}
				}
			}
		}
		return out
	}).([][]textRange)
}

// hasUpperASCII reports whether w holds an ASCII capital, without which
// acronymBase never takes it for an acronym.
func hasUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if isUpper(w[i]) {
			return true
		}
	}
	return false
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
