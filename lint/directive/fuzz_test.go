package directive

import (
	"strings"
	"testing"
)

// FuzzParseComment feeds arbitrary comment text to the parser: it must not
// panic, and a directive it accepts names only non-empty items without
// surrounding space or separators.
func FuzzParseComment(f *testing.F) {
	for _, s := range []string{
		"<!-- dejargon-disable -->",
		"<!-- dejargon-disable SLA, leverage -->",
		"<!--dejargon-disable-next-line jargon-->",
		"<!-- dejargon-enable",
		"<!-- dejargon-disable ,,, -->",
		"dejargon-disable-next-linex",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		d, ok := ParseComment(raw)
		if !ok {
			return
		}
		for _, item := range d.Items {
			if item == "" || strings.TrimSpace(item) != item || strings.Contains(item, ",") {
				t.Fatalf("ParseComment(%q) gave item %q", raw, item)
			}
		}
	})
}

// FuzzTextForms feeds arbitrary lines to the plain-text and MDX readers of
// directives: they must not panic, a trailing directive must start inside
// the line, and every item must be clean.
func FuzzTextForms(f *testing.F) {
	for _, s := range []string{
		"dejargon-disable-next-line SLA, leverage",
		"We leverage it. dejargon-disable-line leverage",
		"{/* dejargon-disable */}",
		"{ /* dejargon-enable */ }",
		"x dejargon-disable-line",
		"{/**/}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(d Directive) {
			for _, item := range d.Items {
				if item == "" || strings.TrimSpace(item) != item || strings.Contains(item, ",") {
					t.Fatalf("%q gave item %q", s, item)
				}
			}
		}
		if d, ok := Line([]byte(s)); ok {
			check(d)
		}
		if d, at, ok := Trailing([]byte(s)); ok {
			if at <= 0 || at >= len(s) || d.Kind != DisableLine {
				t.Fatalf("Trailing(%q) = %+v at %d", s, d, at)
			}
			check(d)
		}
		if d, ok := MDXComment(s); ok {
			check(d)
		}
	})
}
