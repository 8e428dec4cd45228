package report

import (
	"bytes"
	"encoding/json"
	"io"
)

// jsonEncoder writes values as JSON for the JSON and SARIF formats,
// reusing its buffers from one value to the next: a report has a value per
// finding, and a fresh encoder and buffer for each cost more than the
// encoding itself.
type jsonEncoder struct {
	compact bytes.Buffer
	out     []byte
	enc     *json.Encoder
}

// encodeIndented writes v as indented JSON whose lines after the first
// start with prefix, without escaping HTML characters (messages quote
// words like <abbr> as they are) and without a trailing newline: the
// bytes json.Encoder writes with SetIndent(prefix, "  ").
func (e *jsonEncoder) encodeIndented(w io.Writer, v any, prefix string) error {
	if e.enc == nil {
		e.enc = json.NewEncoder(&e.compact)
		e.enc.SetEscapeHTML(false)
	}
	e.compact.Reset()
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	e.out = indent(e.out[:0], bytes.TrimSuffix(e.compact.Bytes(), []byte("\n")), prefix, "  ")
	_, err := w.Write(e.out)
	return err
}

// indent appends src, compact JSON as json.Encoder writes it, to dst
// indented as json.Indent would indent it: empty objects and arrays stay
// {} and [], every other member or element starts a new line of prefix
// and one indent per level, and a colon is followed by a space. It is
// several times faster than json.Indent, which checks its input with a
// full scanner; ours is always valid (TestIndentMatchesEncoding).
func indent(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	open := false // the last byte opened an object or array
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			newline()
		}
		switch c {
		case '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			dst = append(dst, src[i:min(j+1, len(src))]...)
			i = j
		case '{', '[':
			dst = append(dst, c)
			open = true
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				newline()
			}
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, c, ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
