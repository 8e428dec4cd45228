package html

import (
	xhtml "golang.org/x/net/html"

	"github.com/dejargon/dejargon/lint/internal/segment"
)

// appendDecoded appends src[start:end], HTML text with character
// references, to b: plain runs verbatim, each reference decoded as a piece
// of its own so positions stay exact around it.
func appendDecoded(b *segment.Builder, src []byte, start, end int) {
	run := start
	for i := start; i < end; i++ {
		if src[i] != '&' {
			continue
		}
		n := referenceLen(src[i:end])
		if n == 0 {
			continue
		}
		ref := string(src[i : i+n])
		decoded := xhtml.UnescapeString(ref)
		if decoded == ref {
			continue // not a reference the HTML standard knows
		}
		b.Verbatim(src, run, i)
		b.Decoded(decoded, i, n)
		i += n - 1
		run = i + 1
	}
	b.Verbatim(src, run, end)
}

// referenceLen returns the length of the character reference at the start
// of s (&amp; &#160; &#xA0;), or 0. Only references closed by a semicolon
// are decoded; a bare ampersand is text.
func referenceLen(s []byte) int {
	const maxRef = 40 // longer than any named reference
	i := 1
	if i < len(s) && s[i] == '#' {
		i++
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
		}
	}
	for ; i < len(s) && i < maxRef; i++ {
		c := s[i]
		switch {
		case c == ';':
			if i <= 1 {
				return 0
			}
			return i + 1
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		default:
			return 0
		}
	}
	return 0
}
