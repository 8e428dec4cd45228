package email

import (
	"io"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// charset says how to turn a part's bytes into UTF-8.
type charset struct {
	// single maps each byte of a single-byte charset (ISO-8859-1,
	// windows-1252, …); ASCII bytes map to themselves, so positions stay
	// exact byte by byte.
	single *charmap.Charmap
	// multi decodes a multi-byte charset (Shift_JIS, …) as a whole.
	multi encoding.Encoding
}

// lookupCharset finds a charset by its MIME name; UTF-8, US-ASCII, an
// empty or unknown name need no conversion.
func lookupCharset(name string) charset {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" || name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii" {
		return charset{}
	}
	enc, err := htmlindex.Get(name)
	if err != nil || enc == unicode.UTF8 {
		return charset{}
	}
	if cm, ok := enc.(*charmap.Charmap); ok {
		return charset{single: cm}
	}
	return charset{multi: enc}
}

// charsetReader serves mime.WordDecoder for encoded words in the subject.
func charsetReader(name string, input io.Reader) (io.Reader, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, err
	}
	return enc.NewDecoder().Reader(input), nil
}
