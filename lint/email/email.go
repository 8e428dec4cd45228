// Package email reads saved email (.eml, RFC 5322 with MIME): the decoded
// subject and the body a reader reads. Of a multipart/alternative message
// one body is read, text/plain when there is one, else text/html. Other
// headers, attachments, quoted replies with the "On … wrote:" line before
// them, and the signature after a "-- " line are skipped.
package email

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/directive"
	"github.com/dejargon/dejargon/lint/html"
	"github.com/dejargon/dejargon/lint/internal/segment"
	plaintext "github.com/dejargon/dejargon/lint/text"
)

// Options adjust what is read.
type Options struct {
	// IncludeQuoted reads quoted replies too.
	IncludeQuoted bool
}

// maxDepth bounds nested multiparts; deeper parts are not read.
const maxDepth = 50

// Read returns the document for the message in src.
func Read(path string, src []byte, opts Options) *lint.Document {
	r := &reader{src: src, opts: opts, doc: &lint.Document{Path: path, Source: src}}
	start := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		start = 3
	}
	h, body, ok := parseHeader(src, start, len(src))
	if !ok {
		// No header: read it all as the body of a plain-text message.
		r.text(start, len(src), "", "", "text/plain")
	} else {
		r.subject(h)
		r.part(h, body, len(src), 0)
	}
	if r.encoded {
		// One body part stored encoded keeps the whole message as it
		// is: fixing the plain-text alternative alone would make the
		// two versions of the message say different things.
		for i := range r.doc.Segments {
			r.doc.Segments[i].Encoded = true
		}
	}
	segment.SortBySource(r.doc.Segments)
	return r.doc
}

type reader struct {
	src  []byte
	opts Options
	doc  *lint.Document
	// tooDeep is set once a part past maxDepth was left out, so the note
	// is given once.
	tooDeep bool
	// encoded is set when a text part is stored quoted-printable or
	// base64 (see isTransferEncoded).
	encoded bool
}

// note records that part of the message was not read, and why; the
// runner turns it into a note on stderr and in the machine formats.
func (r *reader) note(msg string) {
	r.doc.Notes = append(r.doc.Notes, msg)
}

// encodedWord matches an RFC 2047 encoded word, =?charset?B|Q?text?=.
var encodedWord = regexp.MustCompile(`=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=`)

// subject reads the Subject field: plain text verbatim (folding included,
// a line break is white space), each encoded word decoded in place.
func (r *reader) subject(h header) {
	f, ok := h.find("Subject")
	if !ok {
		return
	}
	dec := mime.WordDecoder{CharsetReader: charsetReader}
	b := segment.Builder{Kind: lint.Subject}
	run := f.valStart
	prevWordEnd := -1
	for _, m := range encodedWord.FindAllIndex(r.src[f.valStart:f.end], -1) {
		start, end := f.valStart+m[0], f.valStart+m[1]
		decoded, err := dec.Decode(string(r.src[start:end]))
		if err != nil {
			continue
		}
		// White space between two encoded words is not part of the text.
		if !(prevWordEnd == run && segment.Blank(string(r.src[run:start]))) {
			b.Verbatim(r.src, run, start)
		}
		b.Decoded(decoded, start, end-start)
		run, prevWordEnd = end, end
	}
	b.Verbatim(r.src, run, f.end)
	r.doc.Segments = b.Flush(r.doc.Segments)
}

// part reads a message or MIME part whose header is h and whose body is
// src[body:to].
func (r *reader) part(h header, body, to, depth int) {
	if depth > maxDepth {
		if !r.tooDeep {
			r.tooDeep = true
			r.note(fmt.Sprintf("multipart parts nested more than %d levels deep; the deeper parts were not checked", maxDepth))
		}
		return
	}
	mediaType, params := contentType(h.get(r.src, "Content-Type"))
	if depth > 0 && isAttachment(h.get(r.src, "Content-Disposition")) {
		return
	}
	cte := h.get(r.src, "Content-Transfer-Encoding")
	switch {
	case strings.HasPrefix(mediaType, "multipart/"):
		if params["boundary"] == "" {
			line := 1 + bytes.Count(r.src[:body], []byte("\n"))
			r.note(fmt.Sprintf("%s part at line %d has no boundary, so its parts cannot be told apart; it was not checked", mediaType, line))
			return
		}
		parts := splitMultipart(r.src, body, to, params["boundary"])
		if mediaType == "multipart/alternative" {
			parts = chooseAlternative(r.src, parts)
		}
		for _, p := range parts {
			ph, pbody, _ := parseHeader(r.src, p[0], p[1])
			r.part(ph, pbody, p[1], depth+1)
		}
	case mediaType == "text/plain", mediaType == "text/html":
		r.text(body, to, cte, params["charset"], mediaType)
	}
}

// contentType parses a Content-Type value; a missing or broken one means
// plain text, as RFC 2045 says.
func contentType(v string) (string, map[string]string) {
	if v == "" {
		return "text/plain", map[string]string{}
	}
	mt, params, err := mime.ParseMediaType(v)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(v, ";")[0]))
		params = map[string]string{}
	}
	return mt, params
}

func isAttachment(disposition string) bool {
	d, _, err := mime.ParseMediaType(disposition)
	return err == nil && d == "attachment"
}

// chooseAlternative keeps the one part of a multipart/alternative to read:
// text/plain, else text/html, else a nested multipart.
func chooseAlternative(src []byte, parts [][2]int) [][2]int {
	rank := func(mt string) int {
		switch {
		case mt == "text/plain":
			return 3
		case mt == "text/html":
			return 2
		case strings.HasPrefix(mt, "multipart/"):
			return 1
		}
		return 0
	}
	best, bestRank := -1, 0
	for i, p := range parts {
		h, _, _ := parseHeader(src, p[0], p[1])
		mt, _ := contentType(h.get(src, "Content-Type"))
		if k := rank(mt); k > bestRank {
			best, bestRank = i, k
		}
	}
	if best < 0 {
		return nil
	}
	return parts[best : best+1]
}

// splitMultipart returns the source ranges of the parts of a multipart
// body: each starts after a "--boundary" line and ends before the line
// break that precedes the next one. A body cut short (no closing
// "--boundary--") ends its last part at the end of the file.
func splitMultipart(src []byte, from, to int, boundary string) [][2]int {
	if boundary == "" {
		return nil
	}
	delim := []byte("--" + boundary)
	var parts [][2]int
	start := -1
	for i := from; i < to; {
		end, next := plaintext.LineBounds(src, i, to)
		line := bytes.TrimRight(src[i:end], " \t")
		if bytes.HasPrefix(line, delim) {
			rest := line[len(delim):]
			if len(rest) == 0 || bytes.Equal(rest, []byte("--")) {
				if start >= 0 {
					parts = append(parts, [2]int{start, lineBreakStart(src, start, i)})
				}
				if len(rest) > 0 {
					return parts
				}
				start = next
			}
		}
		i = next
	}
	if start >= 0 && start < to {
		parts = append(parts, [2]int{start, to})
	}
	return parts
}

// lineBreakStart returns where the line break before offset i starts (it
// belongs to the boundary that follows), but never before from.
func lineBreakStart(src []byte, from, i int) int {
	if i > from && src[i-1] == '\n' {
		i--
	}
	if i > from && src[i-1] == '\r' {
		i--
	}
	return i
}

// text reads a text/plain or text/html body.
func (r *reader) text(from, to int, cte, charsetName, mediaType string) {
	decoded := decodeBody(r.src, from, to, cte, lookupCharset(charsetName))
	if decoded.Text == "" {
		return
	}
	var segs []lint.Segment
	buf := []byte(decoded.Text)
	dirs := directive.NewCollector(buf)
	if mediaType == "text/html" {
		res := html.Extract(buf, 0, len(buf), dirs)
		segs = res.Segments
		for k, v := range res.Definitions {
			if r.doc.Definitions == nil {
				r.doc.Definitions = map[string]string{}
			}
			r.doc.Definitions[k] = v
		}
	} else {
		segs = plainSegments(decoded.Text, r.opts.IncludeQuoted, dirs)
	}
	for _, s := range dirs.Suppressions() {
		s.Start = segment.SourceOffset(&decoded, s.Start)
		s.End = segment.SourceOffset(&decoded, s.End)
		s.From = segment.SourceOffset(&decoded, s.From)
		s.To = segment.SourceOffset(&decoded, s.To)
		r.doc.Suppressions = append(r.doc.Suppressions, s)
	}
	r.encoded = r.encoded || isTransferEncoded(cte)
	for _, s := range segs {
		r.doc.Segments = append(r.doc.Segments, segment.Compose(&decoded, s))
	}
}

// isTransferEncoded reports the transfer encodings whose text cannot be
// rewritten in place: a replacement would have to be encoded and wrapped
// again, which a mail program does better.
func isTransferEncoded(cte string) bool {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "quoted-printable", "base64":
		return true
	}
	return false
}
