package email

import (
	"bytes"
	"encoding/base64"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/internal/segment"
	plaintext "github.com/dejargon/dejargon/lint/text"
)

// decodeBody decodes the body at src[from:to] to UTF-8 text, as a segment
// whose pieces map the text back to the file: 7bit and 8bit bodies byte for
// byte, quoted-printable escapes each to their =XX, and a base64 body as a
// whole to its first line.
func decodeBody(src []byte, from, to int, encoding string, cs charset) lint.Segment {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "base64":
		return decodeBase64(src, from, to, cs)
	case "quoted-printable":
		if cs.multi != nil {
			return decodeWhole(qpBytes(src, from, to), src, from, to, cs)
		}
		d := &decoder{cs: cs}
		d.quotedPrintable(src, from, to)
		return d.b.Segment()
	default:
		if cs.multi != nil {
			return decodeWhole(src[from:to], src, from, to, cs)
		}
		d := &decoder{cs: cs}
		d.raw(src, from, to)
		return d.b.Segment()
	}
}

// decoder builds decoded text piece by piece, converting single-byte
// charsets one byte at a time so that ASCII text stays verbatim.
type decoder struct {
	b  segment.Builder
	cs charset
}

// raw appends src[from:to] as written.
func (d *decoder) raw(src []byte, from, to int) {
	if d.cs.single == nil {
		d.b.Verbatim(src, from, to)
		return
	}
	run := from
	for i := from; i < to; i++ {
		if src[i] < utf8.RuneSelf {
			continue
		}
		d.b.Verbatim(src, run, i)
		d.b.Decoded(string(d.cs.single.DecodeByte(src[i])), i, 1)
		run = i + 1
	}
	d.b.Verbatim(src, run, to)
}

// escaped appends byte c, written as the n source bytes at at.
func (d *decoder) escaped(c byte, at, n int) {
	s := string([]byte{c})
	if d.cs.single != nil && c >= utf8.RuneSelf {
		s = string(d.cs.single.DecodeByte(c))
	}
	d.b.Decoded(s, at, n)
}

// quotedPrintable decodes a quoted-printable body (RFC 2045). It is done
// here rather than with mime/quotedprintable because every decoded byte
// must keep its place in the file: =XX escapes become pieces of their own
// and a soft line break (= at the end of a line) joins the lines without a
// trace, so a word split by it still matches.
func (d *decoder) quotedPrintable(src []byte, from, to int) {
	run := from
	for i := from; i < to; i++ {
		if src[i] != '=' {
			continue
		}
		if i+2 < to && isHex(src[i+1]) && isHex(src[i+2]) {
			d.raw(src, run, i)
			d.escaped(unhex(src[i+1])<<4|unhex(src[i+2]), i, 3)
			i += 2
			run = i + 1
			continue
		}
		// A soft line break: '=' then optional white space, then the line end.
		j := i + 1
		for j < to && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		if j == to || src[j] == '\r' || src[j] == '\n' {
			d.raw(src, run, i)
			if j < to && src[j] == '\r' {
				j++
			}
			if j < to && src[j] == '\n' {
				j++
			}
			i = j - 1
			run = j
		}
	}
	d.raw(src, run, to)
}

// qpBytes decodes a quoted-printable body without positions.
func qpBytes(src []byte, from, to int) []byte {
	d := &decoder{}
	d.quotedPrintable(src, from, to)
	s := d.b.Segment()
	return []byte(s.Text)
}

// decodeBase64 decodes as much of a base64 body as is valid. All of its
// text maps to the first line of the body: base64 has no lines of its own.
func decodeBase64(src []byte, from, to int, cs charset) lint.Segment {
	clean := make([]byte, 0, to-from)
	for _, c := range src[from:to] {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			clean = append(clean, c)
		}
	}
	data, _ := io.ReadAll(base64.NewDecoder(base64.StdEncoding, bytes.NewReader(clean)))
	return decodeWhole(data, src, from, to, cs)
}

// decodeWhole converts data to UTF-8 as one piece at the first line of the
// body at src[from:to].
func decodeWhole(data, src []byte, from, to int, cs charset) lint.Segment {
	text := string(data)
	switch {
	case cs.single != nil:
		var sb strings.Builder
		for _, c := range data {
			sb.WriteRune(cs.single.DecodeByte(c))
		}
		text = sb.String()
	case cs.multi != nil:
		if out, err := cs.multi.NewDecoder().Bytes(data); err == nil {
			text = string(out)
		}
	}
	end, _ := plaintext.LineBounds(src, from, to)
	var b segment.Builder
	b.Decoded(text, from, end-from)
	return b.Segment()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
