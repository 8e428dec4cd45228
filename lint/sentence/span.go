package sentence

// Span is a half-open byte range [Start, End) of the string that produced
// it. Offsets are bytes, not runes, so callers can add a segment's own offset
// and point straight into the source file.
type Span struct {
	Start, End int
}

// Text returns the part of src that s covers. It returns "" when the span
// does not fit src, rather than panicking, because a span handed to the
// wrong string is a caller bug best surfaced as an empty finding.
func (s Span) Text(src string) string {
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		return ""
	}
	return src[s.Start:s.End]
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }
