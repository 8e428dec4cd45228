package style

import (
	"sort"

	"github.com/dejargon/dejargon/lint/inflect"
)

// lightVerb is a verb that carries little meaning of its own and leaves the
// action to a noun: "make a decision", "carry out a review".
type lightVerb uint16

const (
	lvMake lightVerb = 1 << iota
	lvTake
	lvGive
	lvProvide
	lvCarryOut
	lvConduct
	lvPerform
	lvUndertake
	lvDo
	lvEffect
	lvReach
	lvComeTo
	lvHave
	lvHold
)

// Groups of light verbs that hide the same kinds of action.
const (
	lvWork   = lvCarryOut | lvConduct | lvPerform | lvUndertake | lvDo // activities: review, audit
	lvOffer  = lvGive | lvProvide                                      // things handed over: help, advice
	lvSettle = lvReach | lvComeTo                                      // outcomes: decision, agreement
	lvMeet   = lvHave | lvHold                                         // events: discussion, meeting
)

// verbForm is the inflection of a verb, which the suggestion copies.
type verbForm int

const (
	formBase       verbForm = iota // make, carry out
	formThird                      // makes
	formPast                       // took
	formParticiple                 // taken
	formPastOrPart                 // made: past or participle, settled by context
	formIng                        // making
)

// lightVerbs are the light verbs HiddenVerbs starts from, by base form.
// particle is the word that must follow ("out" after "carry", "to" after
// "come").
var lightVerbs = [...]struct {
	lv       lightVerb
	base     string
	particle string
}{
	{lvMake, "make", ""},
	{lvTake, "take", ""},
	{lvGive, "give", ""},
	{lvProvide, "provide", ""},
	{lvCarryOut, "carry", "out"},
	{lvConduct, "conduct", ""},
	{lvPerform, "perform", ""},
	{lvUndertake, "undertake", ""},
	{lvDo, "do", ""},
	{lvEffect, "effect", ""},
	{lvReach, "reach", ""},
	{lvComeTo, "come", "to"},
	{lvHave, "have", ""},
	{lvHold, "hold", ""},
}

// lightVerbWord is one inflected light verb.
type lightVerbWord struct {
	lv       lightVerb
	form     verbForm
	particle string
}

// lightVerbWords maps each form of each light verb to what it is. The
// forms come from package inflect's verb table, so that the detector, the
// suggestion and the matcher share one morphology. A form that is both
// past and participle ("made") is formPastOrPart, settled in context; one
// that is both base and participle ("come") is formBase, see resolveForm.
// Built once, never written after.
var lightVerbWords = func() map[string]lightVerbWord {
	m := map[string]lightVerbWord{}
	for _, v := range lightVerbs {
		for _, f := range []verbForm{formBase, formThird, formPast, formParticiple, formIng} {
			w, ok := inflect.VerbForm(v.base, f.inflectForm())
			if !ok {
				panic("style: inflect cannot inflect the light verb " + v.base)
			}
			form := f
			if old, seen := m[w]; seen {
				switch {
				case old.form == formBase:
					continue // come: base and participle alike
				case old.form == formPast && f == formParticiple:
					form = formPastOrPart
				}
			}
			m[w] = lightVerbWord{lv: v.lv, form: form, particle: v.particle}
		}
	}
	return m
}()

// lightVerbForm identifies an inflected light verb. particle is the word
// that must follow it ("out" after "carry", "to" after "come"), if any.
func lightVerbForm(w string) (lv lightVerb, form verbForm, particle string, ok bool) {
	x, ok := lightVerbWords[w]
	return x.lv, x.form, x.particle, ok
}

// HiddenVerbCues returns every word HiddenVerbs may start from: each form
// of each light verb. A caller that skips sentences without one (the
// linter does, to save the detector's work) builds its list from this
// one, so the two cannot drift apart.
func HiddenVerbCues() []string {
	out := make([]string, 0, len(lightVerbWords))
	for w := range lightVerbWords {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}
