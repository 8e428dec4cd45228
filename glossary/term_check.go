package glossary

import (
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// checkTerm reports terms the matcher could never match as written. The
// matcher reads words as runs of letters, digits, marks and underscores
// (with apostrophes, dots, at signs and ampersands inside them, and
// hyphens and slashes joining them), so:
//   - an empty or white-space term matches nothing;
//   - a term of punctuation alone matches nothing;
//   - punctuation at the edge of a word is dropped, so "c++" would match
//     every "c" and "C#" every "C". A final dot ("etc.") is allowed: the
//     word without it means the same.
func (p *parser) checkTerm(v *yaml.Node, term string) {
	if term == "" {
		p.errorf(v, "'term' must not be empty")
		return
	}
	if !strings.ContainsFunc(term, IsWordRune) {
		p.errorf(v, "term %q has no letters or digits, so it would never match", term)
		return
	}
	for _, word := range strings.Fields(term) {
		if !strings.ContainsFunc(word, IsWordRune) {
			continue // punctuation between words, as in "R & D", only separates them
		}
		core := strings.TrimFunc(word, notWordRune)
		lead := word[:strings.Index(word, core)]
		trail := word[len(lead)+len(core):]
		if trail == "." {
			trail = ""
		}
		if lead != "" || trail != "" {
			p.errorf(v, "term %q: the %q of %q is not part of a word to the matcher, so the term would match every %q; leave it out or spell the term out", term, lead+trail, word, core)
			return
		}
	}
}

// IsWordRune matches the characters the matcher reads as a word's (a test in
// package lint proves the tokenizer agrees).
func IsWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

func notWordRune(r rune) bool { return !IsWordRune(r) }
