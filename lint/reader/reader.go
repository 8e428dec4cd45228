// Package reader picks the right reader for a file and turns its bytes
// into a lint.Document.
package reader

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

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
	Docx     Type = "docx"
	ODT      Type = "odt"
	Mbox     Type = "mbox"
)

// format is one entry of the file-type table: the one place that says
// which extensions a format has and how it is read. Types, Extensions,
// Detect, ParseType, --type's help and completion, and the pre-commit
// hook's file pattern (checked by a test) all derive from it.
type format struct {
	typ Type
	// exts are the file name endings read as this format; a folder walk
	// picks them all up.
	exts []string
	// aliases are other names --type accepts.
	aliases []string
	// binary formats are zip packages: they skip the binary-data check.
	binary bool
	read   func(path string, src []byte, opts Options) (*lint.Document, error)
}

var formats = []format{
	{typ: Markdown, exts: []string{".md", ".markdown", ".mdx"}, aliases: []string{"markdown"}, read: readMarkdown},
	{typ: HTML, exts: []string{".html", ".htm"}, read: textReader(html.Read)},
	{typ: Email, exts: []string{".eml"}, aliases: []string{"email"}, read: readEmail},
	{typ: Mbox, exts: []string{".mbox"}, read: readMbox},
	{typ: Docx, exts: []string{".docx"}, binary: true, read: readPackage(docx.Read)},
	{typ: ODT, exts: []string{".odt"}, binary: true, read: readPackage(odt.Read)},
	{typ: Text, exts: []string{".txt"}, aliases: []string{"txt"}, read: textReader(text.Read)},
}

// Types lists the formats a user may name with --type.
var Types = func() []Type {
	out := make([]Type, len(formats))
	for i, f := range formats {
		out[i] = f.typ
	}
	return out
}()

// TypeNames is Types as strings, for flag help and completion.
func TypeNames() []string {
	out := make([]string, len(Types))
	for i, t := range Types {
		out[i] = string(t)
	}
	return out
}

// ErrBinary says a file is not text; callers skip it with a note.
var ErrBinary = errors.New("binary file, skipped")

// Options adjust how documents are read.
type Options struct {
	// Type forces a format; Auto picks one from the file name.
	Type Type
	// IncludeQuoted checks quoted replies in email too.
	IncludeQuoted bool
}

// Extensions lists the file name endings checked when walking a folder.
var Extensions = func() []string {
	var out []string
	for _, f := range formats {
		out = append(out, f.exts...)
	}
	return out
}()

// Detect picks the format for a file name; anything unknown is text.
func Detect(path string) Type {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range formats {
		if slices.Contains(f.exts, ext) {
			return f.typ
		}
	}
	return Text
}

// Known reports whether the table knows path's extension.
func Known(path string) bool {
	return slices.Contains(Extensions, strings.ToLower(filepath.Ext(path)))
}

// ParseType checks a --type value.
func ParseType(s string) (Type, error) {
	for _, f := range formats {
		if string(f.typ) == s || slices.Contains(f.aliases, s) {
			return f.typ, nil
		}
	}
	names := TypeNames()
	return Auto, fmt.Errorf("unknown type %q (want %s or %s)", s, strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}

// Read turns src into a document, or returns ErrBinary.
func Read(path string, src []byte, opts Options) (*lint.Document, error) {
	t := opts.Type
	if t == Auto {
		t = Detect(path)
	}
	f := lookup(t)
	if !f.binary && IsBinary(src) {
		return nil, ErrBinary
	}
	doc, err := f.read(path, src, opts)
	if err != nil {
		return nil, err
	}
	if !f.binary && !utf8.Valid(src) {
		doc.Notes = append(doc.Notes, "contains invalid UTF-8; those bytes are treated as spaces")
	}
	return doc, nil
}

// lookup returns the table entry of t, text for anything unknown.
func lookup(t Type) *format {
	for i := range formats {
		if formats[i].typ == t {
			return &formats[i]
		}
	}
	return lookup(Text)
}

func textReader(read func(path string, src []byte) *lint.Document) func(string, []byte, Options) (*lint.Document, error) {
	return func(path string, src []byte, _ Options) (*lint.Document, error) { return read(path, src), nil }
}

func readPackage(read func(path string, src []byte) (*lint.Document, error)) func(string, []byte, Options) (*lint.Document, error) {
	return func(path string, src []byte, _ Options) (*lint.Document, error) { return read(path, src) }
}

func readMarkdown(path string, src []byte, _ Options) (*lint.Document, error) {
	if strings.EqualFold(filepath.Ext(path), ".mdx") {
		return markdown.ReadMDX(path, src), nil
	}
	return markdown.Read(path, src), nil
}

// readMbox reads a whole mailbox as one document, for what needs one at
// once; check reads mailboxes message by message (see lint/runner).
func readMbox(path string, src []byte, opts Options) (*lint.Document, error) {
	return mbox.Read(path, src, email.Options{IncludeQuoted: opts.IncludeQuoted}), nil
}

func readEmail(path string, src []byte, opts Options) (*lint.Document, error) {
	return email.Read(path, src, email.Options{IncludeQuoted: opts.IncludeQuoted}), nil
}

// IsBinary reports whether src looks like something other than text: a NUL
// byte in the first 8 KiB, or mostly invalid UTF-8.
func IsBinary(src []byte) bool {
	head := src[:min(len(src), 8192)]
	invalid := 0
	for i := 0; i < len(head); {
		if head[i] == 0 {
			return true
		}
		r, size := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		}
		i += size
	}
	// Legacy 8-bit text has a few stray bytes; binary data is full of them.
	return len(head) > 0 && invalid*10 > len(head)*3
}
