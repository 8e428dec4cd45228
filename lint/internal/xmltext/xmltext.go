// Package xmltext maps the character data of XML documents (the parts of
// .docx and .odt files) to segment pieces, so that every word read keeps
// the byte offset where the XML writes it.
package xmltext

import (
	"encoding/xml"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint/internal/segment"
)

// softHyphen marks where a word may break; a reader does not see it, so
// "lever\u00ADage" reads as leverage.
const softHyphen = '\u00AD'

// Append adds the character data written at src[start:end] to b: plain
// runs verbatim, each entity or character reference as a decoded piece of
// its own, soft hyphens dropped. decoded is the text the XML decoder read
// there; it is used whole, mapped to start, for what the byte scan cannot
// follow (a CDATA section).
func Append(b *segment.Builder, src []byte, start, end int, decoded string) {
	raw := src[start:end]
	if strings.Contains(string(raw), "<![CDATA[") {
		b.Decoded(strings.ReplaceAll(decoded, string(softHyphen), ""), start, end-start)
		return
	}
	run := start
	for i := start; i < end; {
		c := src[i]
		switch {
		case c == '&':
			semi := i + 1
			for semi < end && src[semi] != ';' && semi-i < 12 {
				semi++
			}
			if semi >= end || src[semi] != ';' {
				i++
				continue
			}
			b.Verbatim(src, run, i)
			if s := entity(string(src[i+1 : semi])); s != "" && s != string(softHyphen) {
				b.Decoded(s, i, semi+1-i)
			}
			i = semi + 1
			run = i
		case c == '\r':
			// XML reads CRLF and a lone CR as LF.
			b.Verbatim(src, run, i)
			n := 1
			if i+1 < end && src[i+1] == '\n' {
				n = 2
			}
			b.Decoded("\n", i, n)
			i += n
			run = i
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(src[i:end])
			if r == softHyphen {
				b.Verbatim(src, run, i)
				run = i + size
			}
			i += size
		default:
			i++
		}
	}
	b.Verbatim(src, run, end)
}

// entity decodes the name of an entity or character reference (without &
// and ;), or returns "" for one XML does not define.
func entity(name string) string {
	switch name {
	case "amp":
		return "&"
	case "lt":
		return "<"
	case "gt":
		return ">"
	case "quot":
		return "\""
	case "apos":
		return "'"
	}
	if !strings.HasPrefix(name, "#") {
		return ""
	}
	base, digits := 10, name[1:]
	if strings.HasPrefix(digits, "x") || strings.HasPrefix(digits, "X") {
		base, digits = 16, digits[1:]
	}
	n, err := strconv.ParseUint(digits, base, 32)
	if err != nil || !utf8.ValidRune(rune(n)) {
		return ""
	}
	return string(rune(n))
}

// Attr returns the value of t's attribute named local, in any namespace,
// or "" when it has none.
func Attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
