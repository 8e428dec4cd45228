package rules

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/document"
)

func TestAcronymBase(t *testing.T) {
	tests := []struct {
		in, base string
		ok       bool
	}{
		{"SLA", "SLA", true}, {"APIs", "API", true}, {"API's", "API", true}, {"API’s", "API", true},
		{"R&D", "R&D", true}, {"B2B", "B2B", true}, {"2FA", "2FA", true}, {"S3", "S3", true}, {"P1s", "P1", true},
		{"SaaS", "SaaS", true}, {"OAuth", "OAuth", true}, {"iOS", "iOS", true}, {"NoSQL", "NoSQL", true},
		{"Hello", "", false}, {"hello", "", false}, {"A", "", false}, {"GitHub", "", false}, {"PowerShell", "", false},
		{"MyPortal", "", false},
		{"Win11", "", false}, {"INC0012345", "", false}, {"ERR_X", "", false}, {"Node.js", "", false},
		{"O'Brien", "", false}, {"ÉTÉ", "", false}, {"2024", "", false},
	}
	for _, tt := range tests {
		base, ok := acronymBase(tt.in)
		if ok != tt.ok || ok && base != tt.base {
			t.Errorf("acronymBase(%q) = %q, %v; want %q, %v", tt.in, base, ok, tt.base, tt.ok)
		}
	}
}

func TestIsRoman(t *testing.T) {
	for w, want := range map[string]bool{"II": true, "XIV": true, "MCMXCIX": true, "CLI": true, "CD": true, "IIII": false, "VX": false, "IC": false, "": false, "SLA": false} {
		if got := isRoman(w); got != want {
			t.Errorf("isRoman(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestCommonWords(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(acronymWords, "\n"), "\n")
	if !sort.StringsAreSorted(lines) {
		t.Fatal("acronym_words.txt is not sorted in byte order")
	}
	for i, w := range lines {
		if _, ok := wordCode(w); !ok || strings.ToLower(w) != w || i > 0 && lines[i-1] == w {
			t.Fatalf("line %d: %q is not one to six letters a to z, or is repeated", i+1, w)
		}
		if i%997 == 0 && !isCommonWord(w) {
			t.Errorf("isCommonWord(%q) = false for a listed word", w)
		}
	}
	for _, w := range []string{lines[0], lines[len(lines)-1], "simple", "urgent", "action"} {
		if !isCommonWord(w) {
			t.Errorf("isCommonWord(%q) = false", w)
		}
	}
	for _, w := range []string{"ztna", "sla", "ii", "", "zzzzzz", "aaa"} {
		if isCommonWord(w) {
			t.Errorf("isCommonWord(%q) = true", w)
		}
	}
}

func TestIsProductName(t *testing.T) {
	for w, want := range map[string]bool{
		"iOS": true, "macOS": true, "eBay": true, "iCloud": true, "HRconnect": true, "ITservices": true,
		"SaaS": false, "OAuth": false, "NoSQL": false, "SLA": false, "K8s": false, "": false,
	} {
		if got := isProductName(w); got != want {
			t.Errorf("isProductName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCommonWordFold checks the packed search against the list itself,
// for every listed word in either case and for words just beside them
// in the list's order.
func TestCommonWordFold(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(acronymWords, "\n"), "\n")
	listed := map[string]bool{}
	for _, w := range lines {
		listed[w] = true
	}
	for _, w := range lines {
		for _, v := range []string{w, w + "a", w[:len(w)-1], w + "z", w + "'", "é" + w} {
			for _, written := range []string{v, strings.ToUpper(v)} {
				if got, want := isCommonWordFold(written), listed[strings.ToLower(written)]; got != want {
					t.Fatalf("isCommonWordFold(%q) = %v, want %v", written, got, want)
				}
			}
		}
	}
	for _, w := range []string{"", "@", "[", "`", "{", "a1", "ab@", "zzzzzzz"} {
		if isCommonWordFold(w) {
			t.Errorf("isCommonWordFold(%q) = true", w)
		}
	}
}

// TestIsRomanEveryNumeral checks isRoman against every numeral from 1 to
// 3999 and every other string of up to four Roman letters.
func TestIsRomanEveryNumeral(t *testing.T) {
	numerals := map[string]bool{}
	for n := 1; n < 4000; n++ {
		w := toRoman(n)
		numerals[w] = true
		if !isRoman(w) {
			t.Errorf("isRoman(%q) = false for %d", w, n)
		}
	}
	var walk func(w string)
	walk = func(w string) {
		if w != "" && isRoman(w) != numerals[w] {
			t.Errorf("isRoman(%q) = %v", w, isRoman(w))
		}
		if len(w) < 4 {
			for _, c := range "MDCLXVI" {
				walk(w + string(c))
			}
		}
	}
	walk("")
}

// toRoman writes n in the standard form, for TestIsRomanEveryNumeral.
func toRoman(n int) string {
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	letters := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range values {
		for ; n >= v; n -= v {
			b.WriteString(letters[i])
		}
	}
	return b.String()
}

// TestShoutedTokensShortcut checks that shoutedTokens, which looks only
// at words with two capitals in a row, marks what the walk over every
// word marks.
func TestShoutedTokensShortcut(t *testing.T) {
	texts := []string{
		"URGENT ACTION REQUIRED: servers down", "URGENT: 2 SERVERS DOWN", "SSO OUTAGE", "SSO outage",
		"Please READ the NOTICE now", "The SLA and the VPN", "PLEASE NOTE: the VPN is DOWN", "VERY IMPORTANT",
		"A B C D", "the SIMPLE way", "IN OR OUT", "ÉTÉ ÉTÉ", "x", "", "CALL NOW AND SAVE BIG TODAY OK",
		"The API, SDK and CLI are NOT READY", "R&D IS DONE", "Hello World",
	}
	for _, text := range texts {
		for _, kind := range []document.SegmentKind{document.Paragraph, document.Heading, document.Subject} {
			s := analysedSegment(t, text, kind)
			title := kind != document.Paragraph
			if got, want := shoutedTokens(s), markShouted(s, title); !slices.Equal(got, want) {
				t.Errorf("%q (%v): shoutedTokens = %v, walk = %v", text, kind, got, want)
			}
		}
	}
	if shoutedTokens(analysedSegment(t, "URGENT ACTION REQUIRED now", document.Paragraph)) == nil {
		t.Error("no marks for URGENT ACTION REQUIRED")
	}
}

// analysedSegment tokenizes text as one segment of kind.
func analysedSegment(t *testing.T, text string, kind document.SegmentKind) *analysis.SegmentAnalysis {
	t.Helper()
	g, m, p := builtinForGeneral(t)
	doc := &document.Document{Path: "t.txt", Source: []byte(text)}
	doc.Segments = []document.Segment{document.NewVerbatimSegment(kind, text, 0)}
	return &analysis.New(doc, g, m, p, nil).Segments[0]
}
