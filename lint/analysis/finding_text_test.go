package analysis

import (
	"testing"

	"github.com/dejargon/dejargon/lint/document"
)

// TestFindingTextIsTheSource checks that a finding's Match and LineText
// are the source's bytes whether the segment's text holds them verbatim
// (and is sliced) or decoded (and the source is copied).
func TestFindingTextIsTheSource(t *testing.T) {
	// "<p>Fish &amp; chips, KPI</p>\n<p>The KPI</p>" as an HTML reader
	// would segment it: the entity is decoded, the rest verbatim.
	src := "<p>Fish &amp; chips, KPI</p>\n<p>The KPI</p>"
	segs := []document.Segment{
		{Kind: document.Paragraph, Text: "Fish & chips, KPI", Pieces: []document.Piece{
			{Text: 0, Source: 3, Verbatim: true},
			{Text: 5, Source: 8, SourceLen: 5},
			{Text: 6, Source: 13, Verbatim: true},
		}},
		document.NewVerbatimSegment(document.Paragraph, "The KPI", 32),
	}
	doc := &document.Document{Path: "x.html", Source: []byte(src), Segments: segs}
	// FindingIn needs no tokens: Open reads no segment.
	a := Open(doc, nil, nil, nil, nil)
	cases := []struct {
		seg, start, end int
		match, line     string
	}{
		{0, 0, 4, "Fish", "<p>Fish &amp; chips, KPI</p>"},
		{0, 5, 6, "&amp;", "<p>Fish &amp; chips, KPI</p>"},
		{0, 0, 12, "Fish &amp; chips", "<p>Fish &amp; chips, KPI</p>"},
		{0, 14, 17, "KPI", "<p>Fish &amp; chips, KPI</p>"},
		{1, 4, 7, "KPI", "<p>The KPI</p>"},
		{1, 0, 7, "The KPI", "<p>The KPI</p>"},
	}
	for _, c := range cases {
		f := a.FindingIn(&segs[c.seg], c.start, c.end)
		if f.Match != c.match || f.LineText != c.line {
			t.Errorf("segment %d [%d, %d): match %q, line %q; want %q, %q", c.seg, c.start, c.end, f.Match, f.LineText, c.match, c.line)
		}
		if f.Match != src[f.Offset:f.Offset+f.Length] {
			t.Errorf("segment %d [%d, %d): match %q is not source bytes %q", c.seg, c.start, c.end, f.Match, src[f.Offset:f.Offset+f.Length])
		}
	}
}
