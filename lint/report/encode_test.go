package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/dejargon/dejargon/lint"
)

// TestIndentMatchesEncoding proves indent writes exactly what
// json.Encoder with SetIndent writes, so the JSON and SARIF reports keep
// their bytes: nested and empty objects and arrays, and strings holding
// quotes, backslashes, brackets, commas, colons and control characters.
func TestIndentMatchesEncoding(t *testing.T) {
	tricky := "a \"quoted\" {word}, [list]: back\\slash\\\" \n\ttab \u2028 <abbr> & ünï \x01"
	values := []any{
		lint.Finding{Path: "docs/a b.md", Line: 1, Column: 2, Rule: "jargon", Match: tricky, Message: tricky,
			Suggestions: []string{}, Fixes: []lint.Fix{{Title: tricky, Edits: []lint.Edit{{Offset: 3, Length: 4, New: "]"}}}}},
		lint.Finding{Suggestions: []string{"a", "\\", "\"", "{}", "[]"}},
		[]any{},
		map[string]any{},
		map[string]any{"a": []any{}, "b": map[string]any{}, "c": []any{1, "x", nil, true, map[string]any{"d": []any{[]any{}}}}},
		"\\",
		"",
		42,
		[]string{"\"", "\\\"", "\\\\"},
		Summary{},
	}
	for _, prefix := range []string{"", "    ", "\t"} {
		for _, v := range values {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			enc.SetIndent(prefix, "  ")
			if err := enc.Encode(v); err != nil {
				t.Fatal(err)
			}
			var e jsonEncoder
			var got bytes.Buffer
			// Twice, to catch state left over between values.
			for range 2 {
				got.Reset()
				if err := e.encodeIndented(&got, v, prefix); err != nil {
					t.Fatal(err)
				}
			}
			if w := bytes.TrimSuffix(want.Bytes(), []byte("\n")); !bytes.Equal(got.Bytes(), w) {
				t.Errorf("prefix %q, value %#v:\ngot  %s\nwant %s", prefix, v, got.Bytes(), w)
			}
		}
	}
}

// FuzzIndent checks indent against json.Encoder's own indentation for
// findings holding arbitrary text.
func FuzzIndent(f *testing.F) {
	f.Add("leverage", "\"quoted\" {x}, [y]: z\\")
	f.Add("\x00\u2028<&>", "ü\t\n")
	f.Fuzz(func(t *testing.T, a, b string) {
		v := lint.Finding{Match: a, Message: b, Suggestions: []string{a, b, ""}, Fixes: []lint.Fix{{Title: b, Edits: []lint.Edit{{New: a}}}}}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("    ", "  ")
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		var e jsonEncoder
		var got bytes.Buffer
		if err := e.encodeIndented(&got, v, "    "); err != nil {
			t.Fatal(err)
		}
		if w := bytes.TrimSuffix(want.Bytes(), []byte("\n")); !bytes.Equal(got.Bytes(), w) {
			t.Errorf("got  %s\nwant %s", got.Bytes(), w)
		}
	})
}
