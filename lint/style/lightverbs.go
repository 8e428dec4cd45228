package style

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

// lightVerbForm identifies an inflected light verb. particle is the word
// that must follow it ("out" after "carry", "to" after "come"), if any.
func lightVerbForm(w string) (lv lightVerb, form verbForm, particle string, ok bool) {
	switch w {
	case "make":
		return lvMake, formBase, "", true
	case "makes":
		return lvMake, formThird, "", true
	case "made":
		return lvMake, formPastOrPart, "", true
	case "making":
		return lvMake, formIng, "", true
	case "take":
		return lvTake, formBase, "", true
	case "takes":
		return lvTake, formThird, "", true
	case "took":
		return lvTake, formPast, "", true
	case "taken":
		return lvTake, formParticiple, "", true
	case "taking":
		return lvTake, formIng, "", true
	case "give":
		return lvGive, formBase, "", true
	case "gives":
		return lvGive, formThird, "", true
	case "gave":
		return lvGive, formPast, "", true
	case "given":
		return lvGive, formParticiple, "", true
	case "giving":
		return lvGive, formIng, "", true
	case "provide":
		return lvProvide, formBase, "", true
	case "provides":
		return lvProvide, formThird, "", true
	case "provided":
		return lvProvide, formPastOrPart, "", true
	case "providing":
		return lvProvide, formIng, "", true
	case "carry":
		return lvCarryOut, formBase, "out", true
	case "carries":
		return lvCarryOut, formThird, "out", true
	case "carried":
		return lvCarryOut, formPastOrPart, "out", true
	case "carrying":
		return lvCarryOut, formIng, "out", true
	case "conduct":
		return lvConduct, formBase, "", true
	case "conducts":
		return lvConduct, formThird, "", true
	case "conducted":
		return lvConduct, formPastOrPart, "", true
	case "conducting":
		return lvConduct, formIng, "", true
	case "perform":
		return lvPerform, formBase, "", true
	case "performs":
		return lvPerform, formThird, "", true
	case "performed":
		return lvPerform, formPastOrPart, "", true
	case "performing":
		return lvPerform, formIng, "", true
	case "undertake":
		return lvUndertake, formBase, "", true
	case "undertakes":
		return lvUndertake, formThird, "", true
	case "undertook":
		return lvUndertake, formPast, "", true
	case "undertaken":
		return lvUndertake, formParticiple, "", true
	case "undertaking":
		return lvUndertake, formIng, "", true
	case "do":
		return lvDo, formBase, "", true
	case "does":
		return lvDo, formThird, "", true
	case "did":
		return lvDo, formPast, "", true
	case "done":
		return lvDo, formParticiple, "", true
	case "doing":
		return lvDo, formIng, "", true
	case "effect":
		return lvEffect, formBase, "", true
	case "effects":
		return lvEffect, formThird, "", true
	case "effected":
		return lvEffect, formPastOrPart, "", true
	case "effecting":
		return lvEffect, formIng, "", true
	case "reach":
		return lvReach, formBase, "", true
	case "reaches":
		return lvReach, formThird, "", true
	case "reached":
		return lvReach, formPastOrPart, "", true
	case "reaching":
		return lvReach, formIng, "", true
	case "come":
		return lvComeTo, formBase, "to", true // also the participle; see resolveForm
	case "comes":
		return lvComeTo, formThird, "to", true
	case "came":
		return lvComeTo, formPast, "to", true
	case "coming":
		return lvComeTo, formIng, "to", true
	case "have":
		return lvHave, formBase, "", true
	case "has":
		return lvHave, formThird, "", true
	case "had":
		return lvHave, formPastOrPart, "", true
	case "having":
		return lvHave, formIng, "", true
	case "hold":
		return lvHold, formBase, "", true
	case "holds":
		return lvHold, formThird, "", true
	case "held":
		return lvHold, formPastOrPart, "", true
	case "holding":
		return lvHold, formIng, "", true
	}
	return 0, 0, "", false
}
