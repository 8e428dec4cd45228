package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/internal/segment"
	"github.com/dejargon/dejargon/lint/internal/xmltext"
)

// The namespaces of WordprocessingML (transitional and strict) and of
// markup compatibility, whose Fallback repeats what its Choice says.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// reader walks the parts of one package.
type reader struct {
	doc    *lint.Document
	src    []byte
	styles map[string]styleInfo
	// paras holds the paragraph number of each segment in doc.Segments.
	paras []int
	// next is the number the next paragraph gets.
	next int
}

// para is a paragraph being read; text boxes nest them.
type para struct {
	b       segment.Builder
	num     int
	heading bool
	list    bool
	table   bool
}

// walk is the state of reading one part.
type walk struct {
	*reader
	dec    *xml.Decoder
	base   int
	stack  []*para
	tables int
	// runs holds, for each open run, whether its text is hidden.
	runs  []bool
	inPPr int
	inT   bool
}

// part reads the part whose XML starts at r.src[start:].
func (r *reader) part(name string, start int) error {
	w := &walk{reader: r, base: start, dec: xml.NewDecoder(bytes.NewReader(r.src[start:]))}
	for {
		from := w.base + int(w.dec.InputOffset())
		tok, err := w.dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		to := w.base + int(w.dec.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			if err := w.start(t, from, to); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		case xml.EndElement:
			w.end(t)
		case xml.CharData:
			if w.inT && len(w.stack) > 0 && !w.hidden() {
				xmltext.Append(&w.top().b, r.src, from, to, string(t))
			}
		}
	}
}

func isW(n xml.Name) bool { return n.Space == nsW || n.Space == nsWStrict }

func (w *walk) top() *para { return w.stack[len(w.stack)-1] }

func (w *walk) hidden() bool { return len(w.runs) > 0 && w.runs[len(w.runs)-1] }

// inRun reports whether a run is open, where w:tab and w:br are
// characters rather than tab stops or settings.
func (w *walk) inRun() bool { return len(w.runs) > 0 && len(w.stack) > 0 && w.inPPr == 0 }

// start handles an opening tag written at src[from:to].
func (w *walk) start(t xml.StartElement, from, to int) error {
	if t.Name.Space == nsMC && t.Name.Local == "Fallback" {
		return w.dec.Skip()
	}
	if !isW(t.Name) {
		return nil
	}
	switch t.Name.Local {
	case "p":
		w.stack = append(w.stack, &para{num: w.nextPara(), table: w.tables > 0})
	case "pPr":
		w.inPPr++
	case "pStyle":
		if w.inPPr > 0 && len(w.stack) > 0 {
			s := w.styleOf(xmltext.Attr(t, "val"))
			w.top().heading = w.top().heading || s.heading
			w.top().list = w.top().list || s.list
		}
	case "numPr":
		if w.inPPr > 0 && len(w.stack) > 0 {
			w.top().list = true
		}
	case "outlineLvl":
		// Level 9 is body text; 0 to 8 are the outline's headings.
		if n, err := strconv.Atoi(xmltext.Attr(t, "val")); err == nil && n < 9 && w.inPPr > 0 && len(w.stack) > 0 {
			w.top().heading = true
		}
	case "tbl":
		w.tables++
	case "r":
		w.runs = append(w.runs, false)
	case "vanish":
		// Hidden text is not shown, so not read; the paragraph mark's
		// own properties (inside pPr) do not hide the text.
		if len(w.runs) > 0 && w.inPPr == 0 && xmltext.Attr(t, "val") != "0" && xmltext.Attr(t, "val") != "false" {
			w.runs[len(w.runs)-1] = true
		}
	case "t":
		w.inT = true
	case "tab":
		w.char("\t", from, to)
	case "br", "cr":
		w.char("\n", from, to)
	case "noBreakHyphen":
		w.char("\u2011", from, to)
	case "sym":
		w.char(segment.Placeholder, from, to)
	case "footnote", "endnote":
		// Separators and continuation notices are layout, not notes.
		if xmltext.Attr(t, "type") != "" && xmltext.Attr(t, "type") != "normal" {
			return w.dec.Skip()
		}
	case "del", "moveFrom", "delText", "instrText", "delInstrText", "fldData", "comment":
		// Deleted text reads as accepted; a field shows its result, not
		// its instructions.
		return w.dec.Skip()
	}
	return nil
}

// end handles a closing tag.
func (w *walk) end(t xml.EndElement) {
	if !isW(t.Name) {
		return
	}
	switch t.Name.Local {
	case "p":
		if len(w.stack) == 0 {
			return
		}
		p := w.top()
		w.stack = w.stack[:len(w.stack)-1]
		switch {
		case p.heading:
			p.b.Kind = lint.Heading
		case p.list:
			p.b.Kind = lint.ListItem
		case p.table:
			p.b.Kind = lint.TableCell
		default:
			p.b.Kind = lint.Paragraph
		}
		n := len(w.doc.Segments)
		w.doc.Segments = p.b.Flush(w.doc.Segments)
		if len(w.doc.Segments) > n {
			w.paras = append(w.paras, p.num)
		}
	case "pPr":
		w.inPPr = max(w.inPPr-1, 0)
	case "tbl":
		w.tables = max(w.tables-1, 0)
	case "r":
		if len(w.runs) > 0 {
			w.runs = w.runs[:len(w.runs)-1]
		}
	case "t":
		w.inT = false
	}
}

// char adds a character an element stands for (a tab, a line break).
func (w *walk) char(s string, from, to int) {
	if w.inRun() && !w.hidden() {
		w.top().b.Decoded(s, from, to-from)
	}
}

func (r *reader) nextPara() int {
	r.next++
	return r.next
}
