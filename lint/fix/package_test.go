package fix

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/docx"
	"github.com/dejargon/dejargon/lint/odt"
)

// TestApplyPackage fixes the office fixtures and checks what a package
// fix promises: the fixed terms are gone, terms split across formatting
// are left, a second run finds nothing to do, and every zip entry but the
// rewritten parts is copied byte for byte, compressed data and all.
func TestApplyPackage(t *testing.T) {
	g, err := glossary.LoadAll(false, filepath.Join("..", "..", "testdata", "office", "glossary.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		read      func(string, []byte) (*lint.Document, error)
		rewritten []string
		// left are the terms whose words run across formatting.
		left []string
	}{
		{"memo.pandoc.docx", docx.Read, []string{"word/document.xml", "word/footnotes.xml"}, nil},
		{"policy.libreoffice.docx", docx.Read, []string{"word/document.xml", "word/footnotes.xml", "word/header1.xml"}, []string{"circle back", "leverage", "follow-up"}},
		{"memo.pandoc.odt", odt.Read, []string{"content.xml"}, nil},
		{"policy.libreoffice.odt", odt.Read, []string{"content.xml", "styles.xml"}, []string{"circle back", "leverage", "follow-up"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "office", tt.name))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := tt.read(tt.name, src)
			if err != nil {
				t.Fatal(err)
			}
			p := PlanFor(l, doc)
			if len(p.Edits) < 5 {
				t.Fatalf("only %d edits planned", len(p.Edits))
			}
			out, err := ApplyPackage(src, doc, p.Edits)
			if err != nil {
				t.Fatal(err)
			}
			fixed, err := tt.read(tt.name, out)
			if err != nil {
				t.Fatalf("reading the fixed package: %v", err)
			}
			var left []string
			for _, f := range l.Check(fixed) {
				if len(f.Fixes) > 0 || f.Unfixable != "" {
					left = append(left, strings.ToLower(f.Term))
				}
			}
			if strings.Join(left, ",") != strings.Join(tt.left, ",") {
				t.Errorf("fixable terms left %q, want %q", left, tt.left)
			}
			if again := PlanFor(l, fixed); len(again.Edits) != 0 {
				t.Errorf("a second fix plans %d more edits", len(again.Edits))
			}
			comparePackages(t, src, out, tt.rewritten)
		})
	}
}

// comparePackages checks that after holds the entries of before, in the
// same order, with the same headers, and the same compressed bytes except
// for the parts named in rewritten.
func comparePackages(t *testing.T, before, after []byte, rewritten []string) {
	t.Helper()
	zb, err := zip.NewReader(bytes.NewReader(before), int64(len(before)))
	if err != nil {
		t.Fatal(err)
	}
	za, err := zip.NewReader(bytes.NewReader(after), int64(len(after)))
	if err != nil {
		t.Fatal(err)
	}
	if len(za.File) != len(zb.File) {
		t.Fatalf("%d entries after, %d before", len(za.File), len(zb.File))
	}
	changed := 0
	for i, fb := range zb.File {
		fa := za.File[i]
		if fa.Name != fb.Name || fa.Method != fb.Method || !fa.Modified.Equal(fb.Modified) {
			t.Errorf("entry %d: %s (method %d) after, %s (method %d) before", i, fa.Name, fa.Method, fb.Name, fb.Method)
		}
		if raw(t, fa) == raw(t, fb) {
			continue
		}
		changed++
		found := false
		for _, r := range rewritten {
			found = found || r == fb.Name
		}
		if !found {
			t.Errorf("%s changed, but holds no fixed words", fb.Name)
		}
	}
	if changed != len(rewritten) {
		t.Errorf("%d parts changed, want %d (%v)", changed, len(rewritten), rewritten)
	}
}

func raw(t *testing.T, f *zip.File) string {
	t.Helper()
	r, err := f.OpenRaw()
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
