package html

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/internal/doccheck"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"inline tags join", "<p>circle <b>back</b> and <span>going</span> <span>forward</span></p>", []string{"circle back and going forward"}},
		{"blocks split", "<div>circle</div><div>back</div><p>a<br>b</p>", []string{"circle", "back", "a", "b"}},
		{"entities", "<p>touch&nbsp;base &amp; R&#38;D &#x41;PI</p>", []string{"touch base & R&D API"}},
		{"skipped", "<script>leverage()</script><style>p{}</style><template>x</template><pre>pre</pre><p>a <code>b</code> c</p><!-- hidden -->", []string{"a \uFFFC c"}},
		{"outlook", "<!--[if mso]><p>mso only</p><![endif]--><p>shown</p>", []string{"shown"}},
		{"alt and title", `<p>see <img src="x.png" alt="our SLA"> and <a href="u" title='touch base'>here</a></p>`, []string{"see", "our SLA", "and", "touch base", "here"}},
		{"head left open", "<html><head><title>t</title><body><p>body text</p>", []string{"body text"}},
		{"list and table", "<ul><li>one</li><li>two</li></ul><table><tr><td>three</td></tr></table>", []string{"one", "two", "three"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Read("t.html", []byte(tt.src))
			if got := doccheck.Texts(doc); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("segments %q, want %q", got, tt.want)
			}
			if err := doccheck.Check(doc, nil); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestKindsAndDefinitions(t *testing.T) {
	doc := Read("t.html", []byte(`<h2>Title</h2><ul><li>item</li></ul><table><tr><td>cell</td></tr></table><blockquote>quoted</blockquote><p>Our <abbr title="service level agreement">SLA</abbr> holds.</p>`))
	var kinds []lint.SegmentKind
	for _, s := range doc.Segments {
		kinds = append(kinds, s.Kind)
	}
	// The <abbr> title is the writer's definition: no caption of its own,
	// and the paragraph around it stays whole.
	want := []lint.SegmentKind{lint.Heading, lint.ListItem, lint.TableCell, lint.Quote, lint.Paragraph}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds %v, want %v", kinds, want)
	}
	if got := doc.Definitions["SLA"]; got != "service level agreement" {
		t.Errorf("definition of SLA = %q", got)
	}
	if last := doc.Segments[len(doc.Segments)-1].Text; last != "Our SLA holds." {
		t.Errorf("paragraph around the abbreviation = %q", last)
	}
}

func TestEntityPositions(t *testing.T) {
	src := "<p>a&nbsp;b leverage</p>"
	doc := Read("t.html", []byte(src))
	s := doc.Segments[0]
	at := strings.Index(s.Text, "leverage")
	if got := s.SourceOffset(at); got != strings.Index(src, "leverage") {
		t.Errorf("leverage maps to %d", got)
	}
	from, to := s.SourceSpan(1, len("a\u00a0b"))
	if src[from:to] != "&nbsp;b" {
		t.Errorf("span of the entity is %q", src[from:to])
	}
}

func TestSuppressions(t *testing.T) {
	src := "<!-- dejargon-disable SLA -->\n<p>x</p>\n<!-- dejargon-enable -->\n<!-- dejargon-disable-next-line -->\n<p>y</p>\n"
	doc := Read("t.html", []byte(src))
	if len(doc.Suppressions) != 2 {
		t.Fatalf("suppressions %+v", doc.Suppressions)
	}
	if s := doc.Suppressions[0]; !reflect.DeepEqual(s.Terms, []string{"SLA"}) || src[s.Start:s.End] != "\n<p>x</p>\n" {
		t.Errorf("disable range %q terms %v", src[s.Start:s.End], s.Terms)
	}
	if s := doc.Suppressions[1]; src[s.Start:s.End] != "<p>y</p>" {
		t.Errorf("next-line range %q", src[s.Start:s.End])
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"<p>circle <b>back</b></p>", "<img alt='a&amp;b' title=x>", "<!-- dejargon-disable -->", "&#x;&;&#99999999;", "<pre><code>x</pre>", "<p\r\n>\xff</p>", "<a title=\"unterminated"} {
		f.Add([]byte(s))
	}
	l, err := doccheck.Linter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc := Read("f.html", src)
		if err := doccheck.Check(doc, l.Check(doc)); err != nil {
			t.Fatal(err)
		}
	})
}

func TestLargeAndDeep(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("<div>", 1000) + "deep" + strings.Repeat("</div>", 1000),
		"<p>" + strings.Repeat("leverage &amp; <b>x</b> ", 90000) + "</p>",
		strings.Repeat("<", 200000),
		"<p title=\"" + strings.Repeat("a", 2<<20),
	} {
		doc := Read("t.html", []byte(src))
		if err := doccheck.Check(doc, nil); err != nil {
			t.Error(err)
		}
	}
}
