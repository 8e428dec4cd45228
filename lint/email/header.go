package email

import (
	"bytes"
	"strings"

	plaintext "github.com/dejargon/dejargon/lint/text"
)

// field is one header field with its source range: the value runs from
// valStart to end, continuation lines included.
type field struct {
	name          string
	valStart, end int
}

// header is the fields of a message or MIME part.
type header []field

// get returns the unfolded value of the first field called name.
func (h header) get(src []byte, name string) string {
	for _, f := range h {
		if strings.EqualFold(f.name, name) {
			v := strings.NewReplacer("\r\n", "", "\n", "", "\r", "").Replace(string(src[f.valStart:f.end]))
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// find returns the first field called name.
func (h header) find(name string) (field, bool) {
	for _, f := range h {
		if strings.EqualFold(f.name, name) {
			return f, true
		}
	}
	return field{}, false
}

// parseHeader reads the header at src[from:to] and returns it with the
// offset where the body starts. net/mail and net/textproto read headers
// well but say nothing of where a value stands in the file, and findings
// in the subject need that. ok is false when the first line is not a
// header field, so the text is no message at all.
func parseHeader(src []byte, from, to int) (h header, body int, ok bool) {
	i := from
	for i < to {
		end, next := plaintext.LineBounds(src, i, to)
		line := src[i:end]
		switch {
		case len(line) == 0:
			return h, next, true
		case line[0] == ' ' || line[0] == '\t':
			if len(h) == 0 {
				return h, i, false
			}
			h[len(h)-1].end = end
		default:
			colon := bytes.IndexByte(line, ':')
			if colon <= 0 || bytes.ContainsAny(line[:colon], " \t") {
				// Not a field: a truncated or sloppy header ends here.
				return h, i, len(h) > 0
			}
			h = append(h, field{name: string(line[:colon]), valStart: i + colon + 1, end: end})
		}
		i = next
	}
	return h, to, len(h) > 0
}
