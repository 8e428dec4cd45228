// Package odt reads OpenDocument text (.odt) the way its reader sees it:
// paragraphs, headings, lists, tables, text boxes, footnotes and endnotes
// (where they are cited), headers and footers. Tracked changes read as if
// accepted, comments are skipped, fields show their result and links
// their text.
//
// As for .docx, the parts are read with a bound on their decompressed size
// and walked token by token; the document's Source is content.xml and then
// styles.xml (which holds the headers and footers), and its Layout numbers
// paragraphs in reading order.
package odt

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/internal/pkgzip"
	"github.com/dejargon/dejargon/lint/internal/segment"
	"github.com/dejargon/dejargon/lint/internal/xmltext"
)

// The parts that hold text, in reading order.
const (
	ContentPart = "content.xml"
	StylesPart  = "styles.xml"
)

const (
	nsText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	nsTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	nsStyle  = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
)

// Read returns the document for the .odt package in src.
func Read(path string, src []byte) (*lint.Document, error) {
	pkg, err := pkgzip.Open(src)
	if err != nil {
		return nil, fmt.Errorf("not an OpenDocument text: %w", err)
	}
	if !pkg.Has(ContentPart) {
		return nil, fmt.Errorf("not an OpenDocument text: no %s", ContentPart)
	}
	r := &reader{doc: &lint.Document{Path: path}}
	var parts []lint.Part
	for _, name := range []string{ContentPart, StylesPart} {
		if !pkg.Has(name) {
			continue
		}
		data, err := pkg.Read(name)
		if err != nil {
			return nil, err
		}
		start := len(r.src)
		r.src = append(r.src, data...)
		// In styles.xml only the master pages' headers and footers are text.
		if err := r.part(start, name == StylesPart); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		parts = append(parts, lint.Part{Name: name, Start: start, End: len(r.src)})
	}
	r.doc.Source = r.src
	sort.Stable(bySource{r.doc.Segments, r.paras})
	r.doc.Layout = lint.NewLayout(parts, r.doc.Segments, r.paras)
	return r.doc, nil
}

type reader struct {
	doc   *lint.Document
	src   []byte
	paras []int
	next  int
}

type para struct {
	b    segment.Builder
	num  int
	kind lint.SegmentKind
}

type walk struct {
	*reader
	dec   *xml.Decoder
	base  int
	stack []*para
	lists int
	cells int
	// pages counts open master pages, outside which styles.xml holds no
	// text.
	pages int
}

func (r *reader) part(start int, stylesOnly bool) error {
	w := &walk{reader: r, base: start, dec: xml.NewDecoder(bytes.NewReader(r.src[start:]))}
	for {
		from := w.base + int(w.dec.InputOffset())
		tok, err := w.dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		to := w.base + int(w.dec.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			if stylesOnly && w.pages == 0 && !(t.Name.Space == nsStyle && t.Name.Local == "master-page") {
				continue
			}
			if err := w.start(t, from, to); err != nil {
				return err
			}
		case xml.EndElement:
			w.end(t)
		case xml.CharData:
			if len(w.stack) > 0 {
				xmltext.Append(&w.top().b, r.src, from, to, string(t))
			}
		}
	}
}

func (w *walk) top() *para { return w.stack[len(w.stack)-1] }

func (w *walk) start(t xml.StartElement, from, to int) error {
	switch t.Name.Space {
	case nsStyle:
		if t.Name.Local == "master-page" {
			w.pages++
		}
	case nsOffice:
		if t.Name.Local == "annotation" {
			return w.dec.Skip() // a comment
		}
	case nsTable:
		if t.Name.Local == "table-cell" {
			w.cells++
		}
	case nsText:
		switch t.Name.Local {
		case "p", "h":
			p := &para{num: w.nextPara(), kind: lint.Paragraph}
			switch {
			case t.Name.Local == "h":
				p.kind = lint.Heading
			case w.lists > 0:
				p.kind = lint.ListItem
			case w.cells > 0:
				p.kind = lint.TableCell
			}
			w.stack = append(w.stack, p)
		case "list-item", "list-header":
			w.lists++
		case "s":
			n, err := strconv.Atoi(xmltext.Attr(t, "c"))
			if err != nil || n < 1 {
				n = 1
			}
			w.char(strings.Repeat(" ", min(n, 1000)), from, to)
		case "tab":
			w.char("\t", from, to)
		case "line-break":
			w.char("\n", from, to)
		case "tracked-changes", "note-citation", "bookmark-ref":
			// Deletions live in tracked-changes, so skipping it reads the
			// text as accepted; a note's number is not prose.
			return w.dec.Skip()
		}
	}
	return nil
}

func (w *walk) end(t xml.EndElement) {
	switch t.Name.Space {
	case nsStyle:
		if t.Name.Local == "master-page" {
			w.pages = max(w.pages-1, 0)
		}
	case nsTable:
		if t.Name.Local == "table-cell" {
			w.cells = max(w.cells-1, 0)
		}
	case nsText:
		switch t.Name.Local {
		case "p", "h":
			if len(w.stack) == 0 {
				return
			}
			p := w.top()
			w.stack = w.stack[:len(w.stack)-1]
			p.b.Kind = p.kind
			n := len(w.doc.Segments)
			w.doc.Segments = p.b.Flush(w.doc.Segments)
			if len(w.doc.Segments) > n {
				w.paras = append(w.paras, p.num)
			}
		case "list-item", "list-header":
			w.lists = max(w.lists-1, 0)
		}
	}
}

func (w *walk) char(s string, from, to int) {
	if len(w.stack) > 0 {
		w.top().b.Decoded(s, from, to-from)
	}
}

func (r *reader) nextPara() int {
	r.next++
	return r.next
}

// bySource orders segments by where they start in the source, as every
// reader's are, keeping each one's paragraph number with it.
type bySource struct {
	segs  []lint.Segment
	paras []int
}

func (b bySource) Len() int           { return len(b.segs) }
func (b bySource) Less(i, j int) bool { return b.segs[i].Pieces[0].Source < b.segs[j].Pieces[0].Source }
func (b bySource) Swap(i, j int) {
	b.segs[i], b.segs[j] = b.segs[j], b.segs[i]
	b.paras[i], b.paras[j] = b.paras[j], b.paras[i]
}
