// Package reader picks the right reader for a file and turns its bytes
// into a lint.Document.
package reader

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"github.com/dejargon/dejargon/internal/textfile"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/docx"
	"github.com/dejargon/dejargon/lint/email"
	"github.com/dejargon/dejargon/lint/html"
	"github.com/dejargon/dejargon/lint/markdown"
	"github.com/dejargon/dejargon/lint/mbox"
	"github.com/dejargon/dejargon/lint/odt"
	"github.com/dejargon/dejargon/lint/text"
)

// Type names a document format.
type Type string

// The formats dejargon reads.
const (
	Auto     Type = ""
	Text     Type = "text"
	Markdown Type = "md"
	HTML     Type = "html"
	Email    Type = "eml"
	Mbox     Type = "mbox"
	Docx     Type = "docx"
	ODT      Type = "odt"
)

// Types lists the formats a user may name with --type, in the order help
// and completion offer them.
func Types() []Type { return []Type{Markdown, HTML, Email, Mbox, Docx, ODT, Text} }

// typeAliases are other names --type accepts for a format, never offered.
var typeAliases = map[string]Type{"markdown": Markdown, "email": Email, "txt": Text}

// TypeAliases returns the other names --type accepts (markdown, email,
// txt), sorted.
func TypeAliases() []string {
	out := make([]string, 0, len(typeAliases))
	for a := range typeAliases {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// fileFormats maps each file name ending dejargon reads to its format:
// the one table of extensions. Detect, Extensions (what a folder walk
// picks up), the pre-commit hook's file pattern and the README's lists
// all come from it or are checked against it.
var fileFormats = [...]struct {
	ext string
	typ Type
}{
	{".txt", Text},
	{".md", Markdown},
	{".markdown", Markdown},
	{".mdx", Markdown},
	{".html", HTML},
	{".htm", HTML},
	{".eml", Email},
	{".mbox", Mbox},
	{".docx", Docx},
	{".odt", ODT},
}

// ErrBinary says a file is not text. A folder walk skips such a file
// with a note; a file the user named is an error.
var ErrBinary = textfile.ErrBinary

// Options adjust how documents are read.
type Options struct {
	// Type forces a format; Auto picks one from the file name.
	Type Type
	// IncludeQuoted checks quoted replies in email too.
	IncludeQuoted bool
}

// Extensions lists the file name endings checked when walking a folder,
// in the order of the table.
func Extensions() []string {
	out := make([]string, len(fileFormats))
	for i, f := range fileFormats {
		out[i] = f.ext
	}
	return out
}

// Detect picks the format for a file name: the table's, else plain text.
func Detect(path string) Type {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range fileFormats {
		if f.ext == ext {
			return f.typ
		}
	}
	return Text
}

// Known reports whether the table knows path's extension.
func Known(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range fileFormats {
		if f.ext == ext {
			return true
		}
	}
	return false
}

// ParseType checks a --type value: one of Types or of TypeAliases.
func ParseType(s string) (Type, error) {
	for _, t := range Types() {
		if string(t) == s {
			return t, nil
		}
	}
	if t, ok := typeAliases[s]; ok {
		return t, nil
	}
	names := make([]string, 0, len(Types()))
	for _, t := range Types() {
		names = append(names, string(t))
	}
	return Auto, fmt.Errorf("unknown type %q (want %s)", s, strings.Join(names, ", "))
}

// Read turns src into a document, or returns ErrBinary. A mailbox is read
// here as one document, for what needs one at once (stats, fix); check
// reads mailboxes message by message (see lint/runner). UTF-16 text with
// a byte order mark is decoded first (see DecodeUTF16). The document may
// share src's memory, so src must not change afterwards.
func Read(path string, src []byte, opts Options) (*lint.Document, error) {
	t := opts.Type
	if t == Auto {
		t = Detect(path)
	}
	switch t {
	case Docx:
		return docx.Read(path, src)
	case ODT:
		return odt.Read(path, src)
	}
	if IsBinary(src) {
		return nil, ErrBinary
	}
	if textfile.HasUTF16BOM(src) {
		decoded, err := DecodeUTF16(src)
		if err != nil {
			return nil, err
		}
		src = decoded
	}
	var doc *lint.Document
	switch t {
	case Mbox:
		doc = mbox.Read(path, src, email.Options{IncludeQuoted: opts.IncludeQuoted})
	case Markdown:
		if strings.EqualFold(filepath.Ext(path), ".mdx") {
			doc = markdown.ReadMDX(path, src)
		} else {
			doc = markdown.Read(path, src)
		}
	case HTML:
		doc = html.Read(path, src)
	case Email:
		doc = email.Read(path, src, email.Options{IncludeQuoted: opts.IncludeQuoted})
	default:
		doc = text.Read(path, src)
	}
	if !utf8.Valid(src) {
		doc.Notes = append(doc.Notes, "contains invalid UTF-8; those bytes are treated as spaces")
	}
	return doc, nil
}

// IsBinary reports whether src looks like something other than text: a NUL
// byte in the first 8 KiB (UTF-16 with a byte order mark aside), or mostly
// invalid UTF-8.
func IsBinary(src []byte) bool { return textfile.LooksBinary(src) }

// DecodeUTF16 turns UTF-16 text with a byte order mark into UTF-8. Lines
// and columns of findings are those of the text either way; byte offsets
// count the UTF-8 text, and fix leaves such a file alone.
func DecodeUTF16(src []byte) ([]byte, error) {
	out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(src)
	if err != nil {
		return nil, fmt.Errorf("decoding UTF-16: %w", err)
	}
	return out, nil
}

// IsBinaryFormat reports whether files of type t are binary by design (a
// zip package such as .docx or .odt), so their content is not sniffed for
// binary bytes before it is read.
func IsBinaryFormat(t Type) bool { return t == Docx || t == ODT }
