package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/internal/doccheck"
	"github.com/dejargon/dejargon/lint/internal/pkgzip"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// pack makes a .docx holding the given parts; document.xml's body is
// wrapped in its root element.
func pack(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	names := []string{"word/document.xml"}
	for n := range parts {
		if n != "word/document.xml" {
			names = append(names, n)
		}
	}
	for _, n := range names {
		f, err := w.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(parts[n]))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func body(inner string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:document ` + wNS + `><w:body>` + inner + `</w:body></w:document>`
}

const testRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>` +
	`<Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
	`<Relationship Id="r4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>` +
	`<Relationship Id="r5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="/word/footer1.xml"/>` +
	`<Relationship Id="r3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/leverage" TargetMode="External"/>` +
	`</Relationships>`

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string // "¶N kind text"
	}{
		{"runs join into one paragraph", `<w:p><w:r><w:t>We </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>leverage</w:t></w:r></w:p>`,
			[]string{"¶1 0 We leverage"}},
		{"headings by style, lists by numbering, tables by cell",
			`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Title</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>item</w:t></w:r></w:p>` +
				`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
				`<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>outlined</w:t></w:r></w:p>`,
			[]string{"¶1 1 Title", "¶2 2 item", "¶3 3 cell", "¶4 1 outlined"}},
		{"tracked changes read as accepted",
			`<w:p><w:r><w:t>We </w:t></w:r><w:ins w:id="1"><w:r><w:t>will </w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>never </w:delText></w:r></w:del><w:r><w:t>go</w:t></w:r>` +
				`<w:moveFrom><w:r><w:t>gone</w:t></w:r></w:moveFrom></w:p>`,
			[]string{"¶1 0 We will go"}},
		{"fields show their result, not their code",
			`<w:p><w:r><w:t>Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE leverage </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
				`<w:fldSimple w:instr=" DATE "><w:r><w:t> today</w:t></w:r></w:fldSimple></w:p>`,
			[]string{"¶1 0 Page 7 today"}},
		{"hyperlink text in, address out", `<w:p><w:hyperlink r:id="r3" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>the guide</w:t></w:r></w:hyperlink></w:p>`,
			[]string{"¶1 0 the guide"}},
		{"tab, break, hyphens",
			`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>lev</w:t><w:softHyphen/><w:t>er&#xAD;age follow</w:t><w:noBreakHyphen/><w:t>up</w:t></w:r></w:p>`,
			[]string{"¶1 0 a\tb\nleverage follow\u2011up"}},
		{"hidden text and comments are not read",
			`<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:t>shown</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`,
			[]string{"¶1 0 shown"}},
		{"a text box is read once, as a paragraph of its own",
			`<w:p><w:r><w:t>Before </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>in the box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>` +
				`<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>in the box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>after</w:t></w:r></w:p>`,
			[]string{"¶1 0 Before after", "¶2 0 in the box"}},
		{"empty paragraphs count", `<w:p/><w:p></w:p><w:p><w:r><w:t>third</w:t></w:r></w:p>`, []string{"¶3 0 third"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read("t.docx", pack(t, map[string]string{"word/document.xml": body(tt.body)}))
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
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestPositions checks where findings land: the part, the paragraph in
// reading order across parts (body, footnotes, header), the column in the
// paragraph's text, and the bytes in the part's XML.
func TestPositions(t *testing.T) {
	foot := `<?xml version="1.0"?><w:footnotes ` + wNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Café &amp; leverage</w:t></w:r></w:p></w:footnote></w:footnotes>`
	head := `<?xml version="1.0"?><w:hdr ` + wNS + `><w:p><w:r><w:t>Please circle </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>back</w:t></w:r></w:p></w:hdr>`
	src := pack(t, map[string]string{
		"word/document.xml":            body(`<w:p><w:r><w:t>We touch base.</w:t></w:r></w:p>`),
		"word/_rels/document.xml.rels": testRels,
		"word/footnotes.xml":           foot,
		"word/header1.xml":             head,
		"word/endnotes.xml":            `<w:endnotes ` + wNS + `><w:endnote w:id="1"><w:p><w:r><w:t>An endnote: touch base.</w:t></w:r></w:p></w:endnote></w:endnotes>`,
		"word/footer1.xml":             `<w:ftr ` + wNS + `><w:p><w:r><w:t>Footer: going forward</w:t></w:r></w:p></w:ftr>`,
	})
	doc, err := Read("t.docx", src)
	if err != nil {
		t.Fatal(err)
	}
	l, err := doccheck.Linter()
	if err != nil {
		t.Fatal(err)
	}
	fs := l.Check(doc)
	if err := doccheck.Check(doc, fs); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		if f.Entry == nil {
			continue
		}
		part := doc.Source[doc.SourceOffset(f.Part, f.Offset):doc.SourceOffset(f.Part, f.Offset+f.Length)]
		got = append(got, fmt.Sprintf("%s ¶%d:%d-%d:%d %q %q", f.Part, f.Line, f.Column, f.EndLine, f.EndColumn, f.Match, part))
	}
	want := []string{
		`word/document.xml ¶1:4-1:14 "touch base" "touch base"`,
		`word/footnotes.xml ¶2:8-2:16 "leverage" "leverage"`,
		`word/endnotes.xml ¶3:13-3:23 "touch base" "touch base"`,
		`word/header1.xml ¶4:8-4:19 "circle back" "circle </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>back"`,
		`word/footer1.xml ¶5:9-5:22 "going forward" "going forward"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBadPackages checks that what is not a Word document, or would
// unpack to more than the bound, is an error that says so.
func TestBadPackages(t *testing.T) {
	tests := []struct {
		name string
		src  []byte
		want string
	}{
		{"not a zip", []byte("plain text"), "not a Word document"},
		{"no document part", pack(t, map[string]string{"word/document.xml": ""})[:0], "not a Word document"},
		{"broken XML", pack(t, map[string]string{"word/document.xml": body(`<w:p><w:r><w:t>x</w:r></w:p>`)}), "word/document.xml: XML syntax error"},
		{"a zip bomb with honest sizes", bomb(t, false), "zip bomb"},
		// archive/zip stops reading where the declared size ends.
		{"a zip bomb whose sizes lie", bomb(t, true), "word/document.xml: zip: not a valid zip file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read("t.docx", tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// bomb makes a .docx whose document.xml says it inflates past the bound;
// with lie set, it says it is small and inflates to more than it says.
func bomb(t *testing.T, lie bool) []byte {
	t.Helper()
	var deflated bytes.Buffer
	fw, _ := flate.NewWriter(&deflated, flate.BestSpeed)
	fw.Write([]byte(body("<w:p><w:r><w:t>")))
	fw.Write(bytes.Repeat([]byte("a"), 1<<20))
	fw.Close()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	h := &zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CompressedSize64: uint64(deflated.Len()), UncompressedSize64: pkgzip.MaxTotal + 1}
	if lie {
		h.UncompressedSize64 = 1000
	}
	f, err := w.CreateRaw(h)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(deflated.Bytes())
	w.Close()
	return buf.Bytes()
}

// TestFixtureRoundTrip reads the office fixtures: a guard that the fuzz
// seeds stay readable.
func TestFixtureRoundTrip(t *testing.T) {
	for _, name := range []string{"memo.pandoc.docx", "policy.libreoffice.docx"} {
		src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "office", name))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(name, src)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Segments) < 10 {
			t.Errorf("%s: only %d paragraphs read", name, len(doc.Segments))
		}
	}
}

// FuzzRead feeds the reader whole packages, seeded with small ones (the
// fuzzer minimises what it finds, which on a real 10 KB document takes
// minutes). It must never panic, and what it reads must keep every promise
// a document makes.
func FuzzRead(f *testing.F) {
	f.Add(pack(f, map[string]string{"word/document.xml": body(`<w:p><w:r><w:t>We leverage the SLA.</w:t></w:r></w:p>`)}))
	f.Add(pack(f, map[string]string{
		"word/document.xml":            body(`<w:p><w:r><w:t>circle back</w:t></w:r></w:p>`),
		"word/_rels/document.xml.rels": testRels,
		"word/footnotes.xml":           `<w:footnotes ` + wNS + `><w:footnote w:id="1"><w:p><w:r><w:t>touch base</w:t></w:r></w:p></w:footnote></w:footnotes>`,
		"word/header1.xml":             `<w:hdr ` + wNS + `><w:p><w:r><w:t>going forward</w:t></w:r></w:p></w:hdr>`,
	}))
	l, err := doccheck.Linter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkRead(t, l, src)
	})
}

// FuzzDocumentXML feeds the reader's XML walker: the input is the
// document part of an otherwise valid package.
func FuzzDocumentXML(f *testing.F) {
	f.Add(body(`<w:p><w:r><w:t>We leverage the SLA.</w:t></w:r></w:p>`))
	f.Add(body(`<w:p><w:r><w:t>circle </w:t></w:r><w:ins><w:r><w:t>back</w:t><w:tab/><w:br/></w:r></w:ins><w:del><w:r><w:delText>x</w:delText></w:r></w:del></w:p>`))
	f.Add(body(`<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>touch &amp; base</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r></w:p>`))
	f.Add(body(`<w:tbl><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t><![CDATA[going forward]]></w:t></w:r></w:p></w:tc></w:tr></w:tbl>`))
	l, err := doccheck.Linter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, xml string) {
		checkRead(t, l, pack(t, map[string]string{"word/document.xml": xml}))
	})
}

func checkRead(t *testing.T, l *lint.Linter, src []byte) {
	doc, err := Read("fuzz.docx", src)
	if err != nil {
		if errors.Is(err, pkgzip.ErrTooLarge) || err.Error() != "" {
			return
		}
		t.Fatal("an error without a message")
	}
	fs := l.Check(doc)
	if err := doccheck.Check(doc, fs); err != nil {
		t.Fatal(err)
	}
}

// TestMessagesNameParagraphs checks that a message pointing elsewhere in
// a Word document names a paragraph, not a line.
func TestMessagesNameParagraphs(t *testing.T) {
	doc, err := Read("t.docx", pack(t, map[string]string{"word/document.xml": body(
		`<w:p><w:r><w:t>The SLA is new.</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>A service level agreement (SLA) sets times.</w:t></w:r></w:p>`)}))
	if err != nil {
		t.Fatal(err)
	}
	l, err := doccheck.Linter()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range l.Check(doc) {
		if f.Rule == "acronym-late-definition" {
			if !strings.Contains(f.Message, "spelled out on paragraph 3") {
				t.Errorf("message %q does not name paragraph 3", f.Message)
			}
			return
		}
	}
	t.Error("no acronym-late-definition finding")
}
