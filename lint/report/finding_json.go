package report

import (
	"strconv"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint"
)

// A JSON report is mostly findings: the 32 MB benchmark file has 367,000
// of them. Encoding each through encoding/json's reflection and then
// indenting the result took a sixth of the CPU of checking the file, so
// findings are written here directly, indented as they go. The bytes are
// those of encodeIndented: TestFindingJSONMatchesEncoder compares the two
// on real findings and on findings whose every field is set by reflection
// (a field added to lint.Finding fails it until it is written here too),
// and FuzzJSONString compares the string escaping.

// appendFinding appends f as encodeIndented(f, prefix) writes it.
func appendFinding(dst []byte, f *lint.Finding, prefix string) []byte {
	o := objectWriter{dst: dst, prefix: prefix}
	o.open('{')
	o.stringField("path", f.Path)
	o.intField("line", f.Line)
	o.intField("column", f.Column)
	o.intField("end_line", f.EndLine)
	o.intField("end_column", f.EndColumn)
	o.intField("offset", f.Offset)
	o.intField("length", f.Length)
	if f.Part != "" {
		o.stringField("part", f.Part)
	}
	o.stringField("rule", f.Rule)
	o.stringField("severity", string(f.Severity))
	o.stringField("match", f.Match)
	o.stringField("term", f.Term)
	o.stringField("message", f.Message)
	o.key("suggestions")
	if f.Suggestions == nil {
		o.dst = append(o.dst, "null"...)
	} else {
		o.open('[')
		for _, s := range f.Suggestions {
			o.item()
			o.dst = appendJSONString(o.dst, s)
		}
		o.close(']')
	}
	if f.Expansion != "" {
		o.stringField("expansion", f.Expansion)
	}
	if f.Definition != "" {
		o.stringField("definition", f.Definition)
	}
	if f.Note != "" {
		o.stringField("note", f.Note)
	}
	if f.Occurrences != 0 {
		o.intField("occurrences", f.Occurrences)
	}
	if len(f.Fixes) > 0 {
		o.key("fixes")
		o.open('[')
		for i := range f.Fixes {
			fix := &f.Fixes[i]
			o.item()
			o.open('{')
			o.stringField("title", fix.Title)
			o.key("edits")
			if fix.Edits == nil {
				o.dst = append(o.dst, "null"...)
			} else {
				o.open('[')
				for _, e := range fix.Edits {
					o.item()
					o.open('{')
					o.intField("offset", e.Offset)
					o.intField("length", e.Length)
					o.stringField("new", e.New)
					o.close('}')
				}
				o.close(']')
			}
			o.close('}')
		}
		o.close(']')
	}
	o.close('}')
	return o.dst
}

// objectWriter writes indented JSON: every member or element on a line of
// its own, after the prefix and two spaces a level; empty objects and
// arrays as {} and [].
type objectWriter struct {
	dst    []byte
	prefix string
	depth  int
	// first is set while the innermost object or array has no member yet.
	first bool
}

func (o *objectWriter) open(c byte) {
	o.dst = append(o.dst, c)
	o.depth++
	o.first = true
}

func (o *objectWriter) close(c byte) {
	o.depth--
	if !o.first {
		o.newline()
	}
	o.first = false
	o.dst = append(o.dst, c)
}

// item starts a member or element.
func (o *objectWriter) item() {
	if !o.first {
		o.dst = append(o.dst, ',')
	}
	o.first = false
	o.newline()
}

func (o *objectWriter) newline() {
	o.dst = append(o.dst, '\n')
	o.dst = append(o.dst, o.prefix...)
	for range o.depth {
		o.dst = append(o.dst, ' ', ' ')
	}
}

func (o *objectWriter) key(k string) {
	o.item()
	o.dst = append(o.dst, '"')
	o.dst = append(o.dst, k...)
	o.dst = append(o.dst, '"', ':', ' ')
}

func (o *objectWriter) stringField(k, v string) {
	o.key(k)
	o.dst = appendJSONString(o.dst, v)
}

func (o *objectWriter) intField(k string, n int) {
	o.key(k)
	o.dst = strconv.AppendInt(o.dst, int64(n), 10)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json quotes a string with
// HTML escaping off: quotes, backslashes and control characters escaped,
// invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped for JavaScript.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= ' ' && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
