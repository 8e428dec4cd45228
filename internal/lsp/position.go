package lsp

import (
	"sort"
	"unicode/utf16"
	"unicode/utf8"
)

// encoding is the unit LSP positions count characters in, negotiated at
// initialize: UTF-16 code units unless the client offers another.
type encoding string

// The position encodings of LSP 3.17.
const (
	utf8Encoding  encoding = "utf-8"
	utf16Encoding encoding = "utf-16"
	utf32Encoding encoding = "utf-32"
)

// negotiate picks the encoding from what the client offers: UTF-8 first,
// since findings carry byte offsets and UTF-8 positions cost nothing to
// compute, then UTF-32, and UTF-16, the protocol's default, otherwise.
func negotiate(offered []string) encoding {
	has := map[string]bool{}
	for _, e := range offered {
		has[e] = true
	}
	for _, e := range []encoding{utf8Encoding, utf32Encoding} {
		if has[string(e)] {
			return e
		}
	}
	return utf16Encoding
}

// lineIndex knows where each line of a text starts. Lines end at "\n",
// "\r\n" or a lone "\r", as LSP says and as dejargon's positions count.
type lineIndex struct {
	text   string
	starts []int
}

func newLineIndex(text string) *lineIndex {
	starts := make([]int, 1, len(text)/40+1)
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{text: text, starts: starts}
}

// lineEnd is the offset of line n's terminator (or the end of the text).
func (li *lineIndex) lineEnd(n int) int {
	if n+1 >= len(li.starts) {
		return len(li.text)
	}
	end := li.starts[n+1]
	if end > 0 && li.text[end-1] == '\n' {
		end--
	}
	if end > li.starts[n] && li.text[end-1] == '\r' {
		end--
	}
	return end
}

// position converts a byte offset to an LSP position in enc. An offset
// inside a multi-byte character counts from the character's start.
func (li *lineIndex) position(off int, enc encoding) position {
	off = min(max(off, 0), len(li.text))
	line := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	start := li.starts[line]
	// An offset between "\r" and "\n" belongs to the line's end.
	end := li.lineEnd(line)
	if off > end {
		off = end
	}
	for off > start && off < len(li.text) && !utf8.RuneStart(li.text[off]) {
		off--
	}
	return position{Line: line, Character: units(li.text[start:off], enc)}
}

// units counts the characters of s in enc.
func units(s string, enc encoding) int {
	switch enc {
	case utf8Encoding:
		return len(s)
	case utf32Encoding:
		return utf8.RuneCountInString(s)
	}
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// offset converts an LSP position in enc to a byte offset. Positions past
// the end of a line mean its end, past the last line the text's end, as
// the spec asks; a position inside a character means its start.
func (li *lineIndex) offset(p position, enc encoding) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(li.starts) {
		return len(li.text)
	}
	start, end := li.starts[p.Line], li.lineEnd(p.Line)
	if enc == utf8Encoding {
		off := start + max(p.Character, 0)
		if off > end {
			return end
		}
		for off > start && off < end && !utf8.RuneStart(li.text[off]) {
			off--
		}
		return off
	}
	n := 0
	for i, r := range li.text[start:end] {
		if n >= p.Character {
			return start + i
		}
		if enc == utf32Encoding {
			n++
		} else {
			n += utf16.RuneLen(r)
		}
		if n > p.Character {
			return start + i
		}
	}
	return end
}

// span converts a byte range to an LSP range.
func (li *lineIndex) span(off, length int, enc encoding) lspRange {
	return lspRange{Start: li.position(off, enc), End: li.position(off+length, enc)}
}

// positionOfColumn converts a 1-based line and column counted in
// characters (how dejargon and YAML errors count) to an LSP position.
func (li *lineIndex) positionOfColumn(line, column int, enc encoding) position {
	n := line - 1
	if n < 0 || n >= len(li.starts) {
		return position{Line: max(n, 0)}
	}
	start, end := li.starts[n], li.lineEnd(n)
	off := start
	for i := 1; i < column && off < end; i++ {
		_, size := utf8.DecodeRuneInString(li.text[off:end])
		off += size
	}
	return position{Line: n, Character: units(li.text[start:off], enc)}
}
