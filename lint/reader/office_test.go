package reader

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/internal/doccheck"
)

const officeDir = "../../testdata/office"

// sourcePara is a paragraph of a fixture's source: its words, as a key,
// and the glossary terms its @want marker expects there.
type sourcePara struct {
	key   string
	want  []string
	found []string
}

// TestOfficeFixtures checks every office fixture (testdata/office) against
// the @want markers of the source it was made from. Each finding's
// paragraph is found in the source by its words; a finding nobody
// expected fails, and so does an expectation nobody met.
func TestOfficeFixtures(t *testing.T) {
	g, err := glossary.LoadAll(false, filepath.Join(officeDir, "glossary.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		fixture, source string
	}{
		{"memo.pandoc.docx", "memo.md"},
		{"memo.pandoc.odt", "memo.md"},
		{"policy.libreoffice.docx", "policy.fodt"},
		{"policy.libreoffice.odt", "policy.fodt"},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			paras := readSource(t, tt.source)
			src, err := os.ReadFile(filepath.Join(officeDir, tt.fixture))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Read(tt.fixture, src, Options{})
			if err != nil {
				t.Fatal(err)
			}
			findings := l.Check(doc)
			if err := doccheck.Check(doc, findings); err != nil {
				t.Error(err)
			}
			for _, f := range findings {
				if f.Entry == nil {
					continue
				}
				term := strings.ToLower(f.Term)
				p := matchPara(paras, words(f.LineText), term)
				if p == nil {
					t.Errorf("¶%d:%d: %q found in %q, which no marker expects", f.Line, f.Column, term, f.LineText)
					continue
				}
				p.found = append(p.found, term)
				if f.Part == "" {
					t.Errorf("¶%d:%d: finding names no part", f.Line, f.Column)
				}
			}
			for _, p := range paras {
				w, g := slices.Clone(p.want), slices.Clone(p.found)
				slices.Sort(w)
				slices.Sort(g)
				if !slices.Equal(w, g) {
					t.Errorf("paragraph %q: found %q, want %q", p.key, g, w)
				}
			}
		})
	}
}

// matchPara returns the source paragraph holding key that still expects
// term, preferring one whose words are exactly key.
func matchPara(paras []*sourcePara, key, term string) *sourcePara {
	open := func(p *sourcePara) bool {
		return strings.Count(strings.Join(p.want, "|"), term) > strings.Count(strings.Join(p.found, "|"), term)
	}
	for _, p := range paras {
		if p.key == key && open(p) {
			return p
		}
	}
	for _, p := range paras {
		if key != "" && strings.Contains(p.key, key) && open(p) {
			return p
		}
	}
	return nil
}

// words keeps only the letters of s, in lower case: the key a paragraph
// is known by whatever markup, numbers or spacing the producer adds.
func words(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

var wantMarker = regexp.MustCompile(`@want\s+([^>]*?)\s*(?:-->|$)`)

func parseWant(s string) []string {
	m := wantMarker.FindStringSubmatch(s)
	if m == nil || strings.TrimSpace(m[1]) == "none" {
		return []string{}
	}
	var out []string
	for t := range strings.SplitSeq(m[1], ",") {
		out = append(out, strings.ToLower(strings.TrimSpace(t)))
	}
	return out
}

func readSource(t *testing.T, name string) []*sourcePara {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(officeDir, name))
	if err != nil {
		t.Fatal(err)
	}
	var paras []*sourcePara
	if strings.HasSuffix(name, ".md") {
		paras = markdownParas(string(data))
	} else {
		paras = fodtParas(t, data)
	}
	if len(paras) < 5 {
		t.Fatalf("%s: only %d paragraphs with markers", name, len(paras))
	}
	return paras
}

// markdownCruft is what a Markdown line holds that a reader never sees:
// comments, deleted tracked changes, attributes, link targets, footnote
// marks, and list and table markers.
var markdownCruft = []*regexp.Regexp{
	regexp.MustCompile(`<!--.*?-->`),
	regexp.MustCompile(`\[[^\]]*\]\{\.deletion[^}]*\}`),
	regexp.MustCompile(`\{[^}]*\}`),
	regexp.MustCompile(`\]\([^)]*\)`),
	regexp.MustCompile(`\[\^[^\]]*\]:?`),
}

// markdownParas reads each Markdown line with a marker as a paragraph (a
// table row holds its cells' paragraphs).
func markdownParas(src string) []*sourcePara {
	var out []*sourcePara
	for line := range strings.SplitSeq(src, "\n") {
		if !strings.Contains(line, "@want") {
			continue
		}
		text := line
		for _, re := range markdownCruft {
			text = re.ReplaceAllString(text, "")
		}
		out = append(out, &sourcePara{key: words(text), want: parseWant(line)})
	}
	return out
}

// fodtParas reads every text:p and text:h of a flat OpenDocument file with
// a marker: its own text (not a note's or a text box's, which are
// paragraphs of their own) and the marker among its children.
func fodtParas(t *testing.T, data []byte) []*sourcePara {
	const nsText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	type open struct {
		text strings.Builder
		want []string
	}
	var stack []*open
	var out []*sourcePara
	skip := 0 // depth inside what a reader does not see
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		switch v := tok.(type) {
		case xml.StartElement:
			if v.Name.Space == nsText && (v.Name.Local == "tracked-changes" || v.Name.Local == "note-citation") {
				skip++
			}
			if v.Name.Space == nsText && (v.Name.Local == "p" || v.Name.Local == "h") {
				stack = append(stack, &open{})
			}
		case xml.EndElement:
			if v.Name.Space == nsText && (v.Name.Local == "tracked-changes" || v.Name.Local == "note-citation") {
				skip--
			}
			if v.Name.Space == nsText && (v.Name.Local == "p" || v.Name.Local == "h") && len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if p.want != nil && skip == 0 {
					out = append(out, &sourcePara{key: words(p.text.String()), want: p.want})
				}
			}
		case xml.CharData:
			if skip == 0 && len(stack) > 0 {
				stack[len(stack)-1].text.Write(v)
			}
		case xml.Comment:
			if len(stack) > 0 && strings.Contains(string(v), "@want") {
				stack[len(stack)-1].want = parseWant(string(v))
			}
		}
	}
}
