package fix

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/internal/pkgzip"
)

// ApplyPackage returns the package document src (a .docx or .odt) with
// edits applied to the XML parts doc was read from. Edits count in
// doc.Source, where the parts lie end to end, and must each lie within one
// run of text, as a plan's do; their new text is escaped for XML. Every
// other entry of the zip is copied as it was, compressed bytes and all,
// in its place, so the package changes only where the words do.
func ApplyPackage(src []byte, doc *lint.Document, edits []Edit) ([]byte, error) {
	if doc.Layout == nil {
		return nil, fmt.Errorf("not a package document")
	}
	byPart := map[string][]Edit{}
	for _, e := range edits {
		p, ok := doc.Layout.Part(e.Offset)
		if !ok || e.End() > p.End {
			return nil, fmt.Errorf("edit at byte %d lies in no part", e.Offset)
		}
		e.Offset -= p.Start
		e.New = escapeXML(e.New)
		byPart[p.Name] = append(byPart[p.Name], e)
	}
	changed := map[string][]byte{}
	for _, p := range doc.Layout.Parts {
		es := byPart[p.Name]
		if len(es) == 0 {
			continue
		}
		out, err := Apply(doc.Source[p.Start:p.End], es)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.Name, err)
		}
		changed[p.Name] = out
	}
	pkg, err := pkgzip.Open(src)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, f := range pkg.Zip.File {
		data, ok := changed[strings.TrimPrefix(f.Name, "/")]
		if !ok {
			if err := w.Copy(f); err != nil {
				return nil, fmt.Errorf("copying %s: %w", f.Name, err)
			}
			continue
		}
		h := f.FileHeader // same name, method, time and comment
		part, err := w.CreateHeader(&h)
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", f.Name, err)
		}
		if _, err := part.Write(data); err != nil {
			return nil, fmt.Errorf("writing %s: %w", f.Name, err)
		}
	}
	if err := w.SetComment(pkg.Zip.Comment); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("writing package: %w", err)
	}
	return buf.Bytes(), nil
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func escapeXML(s string) string { return xmlEscaper.Replace(s) }
