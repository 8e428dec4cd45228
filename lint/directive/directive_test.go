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
		{Start: 13, End: 22, Terms: []string{"SLA"}, Rules: []string{"SLA"}},
		{Start: 39, End: len(src)},
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
