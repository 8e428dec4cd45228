package directive

import (
	"reflect"
	"testing"

	"github.com/dejargon/dejargon/lint"
)

func TestParse(t *testing.T) {
	tests := []struct {
		body string
		ok   bool
		want Directive
	}{
		{" dejargon-disable ", true, Directive{Kind: Disable}},
		{"dejargon-enable", true, Directive{Kind: Enable}},
		{"dejargon-disable-next-line", true, Directive{Kind: DisableNextLine}},
		{" dejargon-disable SLA, leverage ,, going  forward ", true, Directive{Kind: Disable, Items: []string{"SLA", "leverage", "going forward"}}},
		{"dejargon-disable-next-line jargon", true, Directive{Kind: DisableNextLine, Items: []string{"jargon"}}},
		{"dejargon-disable-line SLA", true, Directive{Kind: DisableLine, Items: []string{"SLA"}}},
		{"dejargon-disabled", false, Directive{}},
		{"a note about dejargon-disable", false, Directive{}},
		{"", false, Directive{}},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.body)
		if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q) = %+v, %v; want %+v, %v", tt.body, got, ok, tt.want, tt.ok)
		}
	}
	if _, ok := ParseComment("<!-- dejargon-enable -->"); !ok {
		t.Error("ParseComment did not read a whole comment")
	}
}

func TestCollector(t *testing.T) {
	src := []byte("a\r\n<!--x-->\r\nnext line\r\nafter\n<!--y-->rest")
	c := NewCollector(src)
	c.Add(Directive{Kind: DisableNextLine, Items: []string{"SLA"}}, 3, 11)
	c.Add(Directive{Kind: Disable}, 31, 39)
	got := c.Suppressions()
	want := []lint.Suppression{
		{Start: 13, End: 22, Terms: []string{"SLA"}, Rules: []string{"SLA"}, From: 3, To: 11},
		{Start: 39, End: len(src), From: 31, To: 39},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	c = NewCollector(src)
	c.Add(Directive{Kind: Disable}, 0, 1)
	c.Add(Directive{Kind: Enable}, 20, 25)
	if got := c.Suppressions(); len(got) != 1 || got[0].Start != 1 || got[0].End != 20 {
		t.Fatalf("disable..enable gave %+v", got)
	}
}

func TestDisableLine(t *testing.T) {
	src := []byte("one\r\ntwo <!--x--> too\r\nthree")
	c := NewCollector(src)
	c.Add(Directive{Kind: DisableLine}, 9, 17)
	got := c.Suppressions()
	if len(got) != 1 || string(src[got[0].Start:got[0].End]) != "two <!--x--> too" {
		t.Fatalf("disable-line silenced %q", src[got[0].Start:got[0].End])
	}
}

func TestTextForms(t *testing.T) {
	lines := []struct {
		line string
		ok   bool
		want Directive
	}{
		{"  dejargon-disable-next-line SLA, leverage ", true, Directive{Kind: DisableNextLine, Items: []string{"SLA", "leverage"}}},
		{"dejargon-enable", true, Directive{Kind: Enable}},
		{"We use dejargon-disable here", false, Directive{}},
		{"dejargon-disabled", false, Directive{}},
	}
	for _, tt := range lines {
		got, ok := Line([]byte(tt.line))
		if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Line(%q) = %+v, %v; want %+v, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
	if d, at, ok := Trailing([]byte("We leverage it.  dejargon-disable-line leverage")); !ok || at != 17 || d.Items[0] != "leverage" {
		t.Errorf("Trailing missed a trailing directive: %+v %d %v", d, at, ok)
	}
	for _, s := range []string{"dejargon-disable-line", "x-dejargon-disable-line", "a dejargon-disable-next-line"} {
		if _, _, ok := Trailing([]byte(s)); ok {
			t.Errorf("Trailing(%q) read a directive", s)
		}
	}
	for raw, want := range map[string]bool{
		"{/* dejargon-disable SLA */}": true, "{ /*dejargon-enable*/ }": true,
		"{/* a note */}": false, "{dejargon-disable}": false, "<!-- dejargon-disable -->": false,
	} {
		if _, ok := MDXComment(raw); ok != want {
			t.Errorf("MDXComment(%q) ok = %v, want %v", raw, ok, want)
		}
	}
}
