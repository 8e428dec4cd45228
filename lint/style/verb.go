package style

import "github.com/dejargon/dejargon/lint/inflect"

// plainVerb writes the verb n hides in form, spelled as the writer spelled
// the noun (nounWord): "authorization" gives "authorized", "authorisation"
// and nouns that spell alike in both dialects keep the table's British
// spelling ("cancelled"). The inflection is package inflect's, the same
// the fixer uses; a form it cannot make leaves the base verb.
func (n nominal) plainVerb(form verbForm, nounWord string) string {
	out, ok := inflect.VerbForm(n.verb, form.inflectForm())
	if !ok {
		return n.verb
	}
	d := inflect.DialectOf(nounWord)
	if d == inflect.Neutral {
		d = inflect.British
	}
	return inflect.Respell(out, d)
}

// inflectForm is the inflect.Form of a resolved verb form.
func (f verbForm) inflectForm() inflect.Form {
	switch f {
	case formThird:
		return inflect.ThirdPerson
	case formPast:
		return inflect.Past
	case formParticiple:
		return inflect.PastParticiple
	case formIng:
		return inflect.Gerund
	}
	return inflect.Base
}
