package inflect

import "strings"

// VerbForm puts verb, lower case and known by the caller to be a verb,
// into form f: Base, ThirdPerson, Past, PastParticiple or Gerund. A
// phrasal verb inflects its first word ("back up" → "backed up"). Each
// form takes its preferred spelling, the American one where two are
// accepted (canceled); pass the result through Respell to follow a
// dialect. Unlike Inflect it does not second-guess the part of speech, so
// a word that is also grammatical ("own") is still inflected. ok is false
// for other forms and for words it cannot inflect.
func VerbForm(verb string, f Form) (string, bool) {
	head, rest, phrasal := strings.Cut(verb, " ")
	if !plainWord(head) || strings.Contains(head, "-") {
		return "", false
	}
	third, past, participle, gerund := verbForms(head)
	var out string
	switch f {
	case Base:
		out = head
	case ThirdPerson:
		out = third[0]
	case Past:
		out = past[0]
	case PastParticiple:
		out = participle[0]
	case Gerund:
		out = gerund[0]
	default:
		return "", false
	}
	if phrasal {
		out += " " + rest
	}
	return out, true
}
