package rewrite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/inflect"
)

// replacement puts replacement repl of entry e into the form and
// capitalisation of written: utilizing → using, Going forward → From now
// on. ok is false when the form is unknown or the replacement cannot take
// it (synergies → cooperation would need "cooperation is").
//
// written may be a form of the term and also of a spelling the glossary
// lists: "with regards to" is the plural of "with regard to" and, as
// listed, a spelling of its own. Each reading is tried in turn, the
// term's first, and the first the replacement can take wins, so "on"
// stays "on" rather than failing as "ons".
func replacement(written, repl string, e *glossary.Entry) (string, bool) {
	written = strings.Join(strings.Fields(written), " ")
	for _, lemma := range append([]string{e.Term}, e.Forms...) {
		form, ok := inflect.FormOf(written, lemma)
		if !ok {
			continue
		}
		out, ok := inflect.Inflect(repl, form)
		if !ok {
			continue
		}
		if e.Kind == glossary.Acronym {
			// An acronym is in capitals because it is one: its plain
			// words keep their own case (SSO → one login, not ONE LOGIN).
			return out, true
		}
		return inflect.MatchCaseOf(written, lemma, out), true
	}
	return "", false
}

// spellOut writes an acronym's expansion with the acronym after it:
// SSO → single sign-on (SSO), SLAs → service level agreements (SLAs). A
// possessive (SSO's) is left alone: "single sign-on (SSO)'s" is awkward.
func spellOut(written, term, expansion string, forms []string) (string, bool) {
	expansion = strings.Join(strings.Fields(expansion), " ")
	if written == term {
		return expansion + " (" + written + ")", true
	}
	for _, form := range forms {
		if written == form {
			return expansion + " (" + written + ")", true
		}
	}
	if written == term+"s" {
		if words := strings.Fields(expansion); len(words) > 0 && inflect.LooksPlural(strings.ToLower(words[len(words)-1])) {
			// The document's own long form may be plural already
			// ("key performance indicators (KPIs)").
			return expansion + " (" + written + ")", true
		}
		plural, ok := inflect.Inflect(expansion, inflect.Plural)
		return plural + " (" + written + ")", ok
	}
	return "", false
}

// alreadyDefined reports whether the acronym at text[start:end] already
// has its explanation beside it: "single sign-on (SSO)" or "SSO (single
// sign-on)". Fixing it again would say it twice.
func alreadyDefined(text string, start, end int) bool {
	before := strings.TrimRightFunc(text[:start], unicode.IsSpace)
	after := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
	return strings.HasSuffix(before, "(") || strings.HasPrefix(after, "(")
}

// inCompound reports whether text[start:end] is joined by a hyphen or
// slash to a word before or after it (SSO-enabled, CI/CD).
func inCompound(text string, start, end int) bool {
	if end < len(text) && (text[end] == '-' || text[end] == '/') {
		if r, _ := utf8.DecodeRuneInString(text[end+1:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	if start > 0 && (text[start-1] == '-' || text[start-1] == '/') {
		if r, _ := utf8.DecodeLastRuneInString(text[:start-1]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// atSentenceStart reports whether text[i:] begins a sentence: nothing but
// opening punctuation before it in the segment, or a full stop, question
// or exclamation mark before the space.
func atSentenceStart(text string, i int) bool {
	before := strings.TrimRightFunc(text[:i], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'“‘([*_", r)
	})
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '!' || r == '?'
}

// AtSentenceStart is words as Put writes them where they start a
// sentence in place of words that start with a capital: "use" → "Use".
func AtSentenceStart(words string) string { return capitaliseFirst(words) }

// capitaliseFirst upper-cases the first letter of s.
func capitaliseFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
