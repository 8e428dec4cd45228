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
