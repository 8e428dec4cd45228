// Package docx reads Word documents (.docx, Office Open XML
// WordprocessingML) the way their reader sees them: body paragraphs,
// headings, lists, tables, text boxes, footnotes and endnotes, headers and
// footers. Tracked changes read as if accepted, comments are skipped,
// fields show their result and hyperlinks their text.
//
// The parts are read with archive/zip, within a bound on their
// decompressed size, and walked token by token with encoding/xml, never
// built into a tree. The document's Source is the parts' XML laid end to
// end, and its Layout numbers their paragraphs in reading order: the body,
// then footnotes, endnotes, headers and footers.
package docx

import (
	"fmt"
	"sort"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/internal/pkgzip"
)

// MainPart is where Word, LibreOffice and pandoc keep the body; a package
// whose relationships name another part is read from there.
const MainPart = "word/document.xml"

// Relationship types of the parts that hold text, by the end of their URI
// (the transitional and strict namespaces share it).
const (
	relDocument  = "/officeDocument"
	relFootnotes = "/footnotes"
	relEndnotes  = "/endnotes"
	relHeader    = "/header"
	relFooter    = "/footer"
	relStyles    = "/styles"
)

// Read returns the document for the .docx package in src.
func Read(path string, src []byte) (*lint.Document, error) {
	pkg, err := pkgzip.Open(src)
	if err != nil {
		return nil, fmt.Errorf("not a Word document: %w", err)
	}
	main := MainPart
	if rels, err := readRels(pkg, "_rels/.rels"); err == nil {
		if t := rels.first(relDocument); t != "" {
			main = pkgzip.Resolve("", t)
		}
	}
	if !pkg.Has(main) {
		return nil, fmt.Errorf("not a Word document: no %s", main)
	}
	order := []string{main}
	var styles map[string]styleInfo
	if rels, err := readRels(pkg, relsOf(main)); err == nil {
		for _, typ := range []string{relFootnotes, relEndnotes, relHeader, relFooter} {
			order = append(order, rels.all(main, typ)...)
		}
		if t := rels.first(relStyles); t != "" {
			styles = readStyles(pkg, pkgzip.Resolve(main, t))
		}
	}
	r := &reader{doc: &lint.Document{Path: path}, styles: styles}
	var parts []lint.Part
	for _, name := range order {
		if !pkg.Has(name) {
			continue
		}
		data, err := pkg.Read(name)
		if err != nil {
			return nil, err
		}
		start := len(r.src)
		r.src = append(r.src, data...)
		if err := r.part(name, start); err != nil {
			return nil, err
		}
		parts = append(parts, lint.Part{Name: name, Start: start, End: len(r.src)})
	}
	r.doc.Source = r.src
	// A text box's paragraph closes before the paragraph that holds it:
	// put segments back in source order.
	sort.Stable(bySource{r.doc.Segments, r.paras})
	r.doc.Layout = lint.NewLayout(parts, r.doc.Segments, r.paras)
	return r.doc, nil
}

// relsOf names the relationships part of part name.
func relsOf(name string) string {
	dir, file := "", name
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' {
			dir, file = name[:i+1], name[i+1:]
			break
		}
	}
	return dir + "_rels/" + file + ".rels"
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
