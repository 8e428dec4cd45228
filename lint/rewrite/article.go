package rewrite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint/document"
	"github.com/dejargon/dejargon/lint/inflect"
)

// fixArticle widens edit e (which starts at sp) to the "a" or "an" before it when the
// rewrite needs the other one: "an SLA" → "a service level agreement
// (SLA)", "a utilization" → "a use" stays. ok is false when nothing needs
// to change or the article cannot be rewritten.
func fixArticle(doc *document.Document, sp span, written string, e edit) (edit, bool) {
	text := sp.seg.Text
	wordEnd := len(strings.TrimRightFunc(text[:sp.start], unicode.IsSpace))
	if wordEnd == sp.start {
		return edit{}, false // no space before: not a separate article
	}
	wordStart := wordEnd
	for wordStart > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:wordStart])
		if !unicode.IsLetter(r) {
			break
		}
		wordStart -= size
	}
	article := text[wordStart:wordEnd]
	if !strings.EqualFold(article, "a") && !strings.EqualFold(article, "an") {
		return edit{}, false
	}
	need := articleFor(e.New)
	if need == "" || strings.EqualFold(need, article) {
		return edit{}, false
	}
	if had := articleFor(written); !strings.EqualFold(had, article) {
		// The writer's article disagrees with how we would say the
		// original word ("an historic"), so our guess may be wrong too.
		return edit{}, false
	}
	off := sp.offset - (sp.start - wordStart)
	wide, reason := locate(doc, sp.seg, off, e.End()-off)
	if reason != "" || wide.seg != sp.seg {
		return edit{}, false
	}
	return edit{
		Offset: off,
		Length: e.End() - off,
		Old:    text[wordStart:sp.start] + e.Old,
		New:    inflect.MatchCase(article, need) + text[wordEnd:sp.start] + e.New,
	}, true
}

// articleFor picks "a" or "an" for a phrase by the sound of its first
// word, or "" when a number or symbol makes it unclear.
func articleFor(phrase string) string {
	word := strings.FieldsFunc(phrase, func(r rune) bool {
		return unicode.IsSpace(r) || r == '(' || r == '-' || r == '"' || r == '“'
	})
	if len(word) == 0 {
		return ""
	}
	w := word[0]
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(first) || first > unicode.MaxASCII {
		return ""
	}
	if isInitialism(w) {
		// Said letter by letter: an SLA, an MFA, a VPN.
		if strings.ContainsRune("AEFHILMNORSX", first) {
			return "an"
		}
		return "a"
	}
	lower := strings.ToLower(w)
	for _, p := range soundsConsonant {
		if strings.HasPrefix(lower, p) {
			return "a"
		}
	}
	for _, p := range silentH {
		if strings.HasPrefix(lower, p) {
			return "an"
		}
	}
	if strings.ContainsRune("aeiou", rune(lower[0])) {
		return "an"
	}
	return "a"
}

// isInitialism reports an all-capital word of two or more letters.
func isInitialism(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// soundsConsonant lists vowel-letter beginnings said with a consonant
// (a user, a one-off, a European); silentH lists the reverse (an hour).
var (
	soundsConsonant = []string{"uni", "use", "usu", "usa", "uti", "ure", "uro", "eu", "ewe", "one", "once"}
	silentH         = []string{"hour", "honest", "honor", "honour", "heir"}
)
