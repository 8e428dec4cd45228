package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/dejargon/dejargon/lint"
)

// encodeFinding is the reference: encoding/json with the JSON report's
// settings.
func encodeFinding(t testing.TB, f *lint.Finding, prefix string) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(f); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// filled returns a finding whose every field holds s or a number from
// n on: a field added to lint.Finding shows up in encoding/json's bytes,
// and must then be written by appendFinding too.
func filled(s string, n int) lint.Finding {
	var f lint.Finding
	v := reflect.ValueOf(&f).Elem()
	for i := range v.NumField() {
		field := v.Field(i)
		switch field.Kind() {
		case reflect.String:
			field.SetString(s)
		case reflect.Int:
			field.SetInt(int64(n + i))
		case reflect.Slice:
			switch field.Type().Elem().Kind() {
			case reflect.String:
				field.Set(reflect.ValueOf([]string{s, "", s + s}))
			default:
				if field.Type() == reflect.TypeOf([]lint.Fix(nil)) {
					field.Set(reflect.ValueOf([]lint.Fix{
						{Title: s, Edits: []lint.Edit{{Offset: n, Length: 2, New: s}, {Offset: n + 9}}},
						{Title: "", Edits: nil},
						{Edits: []lint.Edit{}},
					}))
				}
			}
		}
	}
	return f
}

// TestFindingJSONMatchesEncoder proves the JSON report writes each finding
// as encoding/json would, indented: every field set, every optional
// field left out, empty and nil lists, and strings that need escaping.
func TestFindingJSONMatchesEncoder(t *testing.T) {
	tricky := "a \"q\" {w}, [l]: b\\s\\\" \n\r\t\b\f\x01\x1f\x7f \u2028\u2029 <abbr> & ünï \xff\xfe 😀"
	findings := []lint.Finding{
		filled(tricky, 3),
		filled("plain", 0),
		filled("", -7),
		{},
		{Path: "a.md", Suggestions: []string{}},
		{Path: "a.md", Suggestions: []string{}, Fixes: []lint.Fix{{Title: "t", Edits: []lint.Edit{}}}},
		{Line: -1, Offset: 1 << 40, Occurrences: 5, Severity: "warning"},
	}
	for _, prefix := range []string{"", "    "} {
		for i := range findings {
			want := encodeFinding(t, &findings[i], prefix)
			if got := appendFinding(nil, &findings[i], prefix); !bytes.Equal(got, want) {
				t.Errorf("finding %d, prefix %q:\ngot  %s\nwant %s", i, prefix, got, want)
			}
		}
	}
}

// FuzzJSONString compares the string escaping with encoding/json's, HTML
// escaping off as in the report.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", "\"\\/", "\x00\x1f\x7f\b\f\n\r\t", "\u2028\u2029", "\xff\xe2\x80", "ü😀<&>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("%q:\ngot  %s\nwant %s", s, got, want)
		}
	})
}
