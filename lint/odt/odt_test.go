package odt

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint/internal/doccheck"
)

const ns = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
	`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"`

func content(inner string) string {
	return `<?xml version="1.0"?><office:document-content ` + ns + `><office:body><office:text>` + inner + `</office:text></office:body></office:document-content>`
}

func pack(t testing.TB, contentXML, stylesXML string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	m, _ := w.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	m.Write([]byte("application/vnd.oasis.opendocument.text"))
	c, _ := w.Create(ContentPart)
	c.Write([]byte(contentXML))
	if stylesXML != "" {
		s, _ := w.Create(StylesPart)
		s.Write([]byte(stylesXML))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRead(t *testing.T) {
	styles := `<?xml version="1.0"?><office:document-styles ` + ns + `><office:styles><style:style style:name="x"><text:p>not text</text:p></style:style></office:styles>` +
		`<office:master-styles><style:master-page style:name="Standard"><style:header><text:p>Header words</text:p></style:header></style:master-page></office:master-styles></office:document-styles>`
	tests := []struct {
		name, body, styles string
		want               []string
	}{
		{"headings, lists and tables",
			`<text:h text:outline-level="1">Title</text:h><text:list><text:list-item><text:p>item</text:p></text:list-item></text:list>` +
				`<table:table><table:table-row><table:table-cell><text:p>cell</text:p></table:table-cell></table:table-row></table:table>`, "",
			[]string{"¶1 1 Title", "¶2 2 item", "¶3 3 cell"}},
		{"tracked changes read as accepted, comments skipped",
			`<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
				`<text:p>We <text:change text:change-id="c1"/>go<office:annotation><text:p>a comment</text:p></office:annotation>.</text:p>`, "",
			[]string{"¶1 0 We go."}},
		{"spaces, tabs, breaks, spans and links",
			`<text:p>a<text:s text:c="2"/>b<text:tab/>c<text:line-break/>circle <text:span>back</text:span> <text:a xlink:href="https://example.com/x" xmlns:xlink="http://www.w3.org/1999/xlink">guide</text:a></text:p>`, "",
			[]string{"¶1 0 a  b\tc\ncircle back guide"}},
		{"notes and text boxes are paragraphs of their own",
			`<text:p>Body<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Note text</text:p></text:note-body></text:note> more<draw:frame><draw:text-box><text:p>Box text</text:p></draw:text-box></draw:frame></text:p>`, "",
			[]string{"¶1 0 Body more", "¶2 0 Note text", "¶3 0 Box text"}},
		{"headers and footers come after the body", `<text:p>Body</text:p>`, styles,
			[]string{"¶1 0 Body", "¶2 0 Header words"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read("t.odt", pack(t, content(tt.body), tt.styles))
			if err != nil {
				t.Fatal(err)
			}
			if err := doccheck.Check(doc, nil); err != nil {
				t.Error(err)
			}
			var got []string
			for i, s := range doc.Segments {
				got = append(got, fmt.Sprintf("¶%d %d %s", doc.Layout.Paragraph(i), s.Kind, s.Text))
			}
			// Segments are in source order; compare in paragraph order.
			if strings.Join(sortedByPara(got), "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func sortedByPara(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			var a, b int
			fmt.Sscanf(out[i], "¶%d", &a)
			fmt.Sscanf(out[j], "¶%d", &b)
			if b < a {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestBadPackages(t *testing.T) {
	for name, src := range map[string][]byte{
		"not a zip":     []byte("text"),
		"no content":    pack(t, "", "")[:0],
		"broken XML":    pack(t, content("<text:p>x</text:h>"), ""),
		"broken styles": pack(t, content("<text:p>x</text:p>"), "<office:document-styles"),
	} {
		if _, err := Read("t.odt", src); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// FuzzRead feeds whole packages, seeded with small ones (the fuzzer
// minimises what it finds, which on a real document takes minutes).
func FuzzRead(f *testing.F) {
	f.Add(pack(f, content(`<text:p>We leverage the SLA.</text:p>`), ""))
	f.Add(pack(f, content(`<text:h>circle back</text:h>`), `<office:document-styles `+ns+`><office:master-styles><style:master-page><style:header><text:p>touch base</text:p></style:header></style:master-page></office:master-styles></office:document-styles>`))
	l, err := doccheck.Linter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Read("fuzz.odt", src)
		if err != nil {
			return
		}
		if err := doccheck.Check(doc, l.Check(doc)); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzContentXML feeds the XML walker with content.xml of a valid package.
func FuzzContentXML(f *testing.F) {
	f.Add(content(`<text:p>We leverage the SLA.</text:p>`))
	f.Add(content(`<text:p>circle <text:span>back</text:span><text:s text:c="3"/><text:note><text:note-body><text:p>touch base</text:p></text:note-body></text:note></text:p>`))
	l, err := doccheck.Linter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, xml string) {
		doc, err := Read("fuzz.odt", pack(t, xml, ""))
		if err != nil {
			return
		}
		if err := doccheck.Check(doc, l.Check(doc)); err != nil {
			t.Fatal(err)
		}
	})
}
