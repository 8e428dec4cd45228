package style

import "strings"

// nominal describes a noun that hides a verb.
type nominal struct {
	verb   string    // base form of the plain verb, British spelling: "analyse"
	with   lightVerb // the light verbs that hide this noun
	keepOf bool      // "of" after the noun stays ("notify of"), instead of being absorbed
	absorb string    // other prepositions the verb absorbs, space-separated ("to for")
}

// lookupNominal finds a hidden-verb noun in singular or plural form.
func lookupNominal(w string) (nominal, bool) {
	if n, ok := nominalTable(w); ok {
		return n, true
	}
	for _, p := range [...]struct{ plural, singular string }{
		{"ies", "y"}, {"ses", "sis"}, {"es", ""}, {"s", ""},
	} {
		if stem, ok := strings.CutSuffix(w, p.plural); ok {
			if n, ok := nominalTable(stem + p.singular); ok {
				return n, true
			}
		}
	}
	return nominal{}, false
}

// nominalTable maps a singular noun to the verb it hides. A switch keeps the
// table immutable. Spellings in -isation and -ization both appear; the
// suggestion follows the writer's spelling (see plainVerb).
func nominalTable(w string) (nominal, bool) {
	switch w {
	// Outcomes reached or made.
	case "decision":
		return nominal{verb: "decide", with: lvMake | lvTake | lvSettle}, true
	case "agreement":
		return nominal{verb: "agree", with: lvSettle | lvMake}, true
	case "conclusion":
		return nominal{verb: "conclude", with: lvSettle}, true
	case "settlement":
		return nominal{verb: "settle", with: lvSettle}, true
	case "compromise":
		return nominal{verb: "compromise", with: lvSettle | lvMake}, true
	case "understanding":
		return nominal{verb: "understand", with: lvSettle}, true
	case "resolution":
		return nominal{verb: "resolve", with: lvSettle | lvProvide}, true
	case "choice":
		return nominal{verb: "choose", with: lvMake}, true
	case "selection":
		return nominal{verb: "select", with: lvMake}, true

	// Things made or done to something.
	case "adjustment":
		return nominal{verb: "adjust", with: lvMake, absorb: "to"}, true
	case "improvement":
		return nominal{verb: "improve", with: lvMake | lvEffect, absorb: "to in"}, true
	case "enhancement":
		return nominal{verb: "improve", with: lvMake, absorb: "to"}, true
	case "change":
		return nominal{verb: "change", with: lvMake | lvEffect, absorb: "to"}, true
	case "modification":
		return nominal{verb: "modify", with: lvMake | lvEffect, absorb: "to"}, true
	case "alteration":
		return nominal{verb: "alter", with: lvMake, absorb: "to"}, true
	case "amendment":
		return nominal{verb: "amend", with: lvMake, absorb: "to"}, true
	case "correction":
		return nominal{verb: "correct", with: lvMake, absorb: "to"}, true
	case "reduction":
		return nominal{verb: "reduce", with: lvMake | lvEffect, absorb: "in"}, true
	case "payment":
		return nominal{verb: "pay", with: lvMake | lvEffect, absorb: "to"}, true
	case "purchase":
		return nominal{verb: "buy", with: lvMake}, true
	case "transfer":
		return nominal{verb: "transfer", with: lvMake | lvEffect | lvWork}, true
	case "replacement":
		return nominal{verb: "replace", with: lvMake | lvWork}, true
	case "allocation":
		return nominal{verb: "allocate", with: lvMake}, true
	case "delivery":
		return nominal{verb: "deliver", with: lvMake}, true
	case "submission":
		return nominal{verb: "submit", with: lvMake}, true
	case "cancellation":
		return nominal{verb: "cancel", with: lvMake | lvWork}, true
	case "use":
		return nominal{verb: "use", with: lvMake}, true
	case "contact":
		return nominal{verb: "contact", with: lvMake, absorb: "with"}, true
	case "investment":
		return nominal{verb: "invest", with: lvMake}, true
	case "application":
		return nominal{verb: "apply", with: lvMake}, true

	// Statements and requests made.
	case "recommendation":
		return nominal{verb: "recommend", with: lvMake | lvOffer}, true
	case "suggestion":
		return nominal{verb: "suggest", with: lvMake | lvOffer}, true
	case "request":
		return nominal{verb: "request", with: lvMake, absorb: "for"}, true
	case "announcement":
		return nominal{verb: "announce", with: lvMake}, true
	case "assumption":
		return nominal{verb: "assume", with: lvMake}, true
	case "arrangement":
		return nominal{verb: "arrange", with: lvMake, absorb: "for"}, true
	case "reference":
		return nominal{verb: "refer", with: lvMake}, true
	case "contribution":
		return nominal{verb: "contribute", with: lvMake}, true
	case "commitment":
		return nominal{verb: "commit", with: lvMake}, true
	case "complaint":
		return nominal{verb: "complain", with: lvMake}, true
	case "enquiry", "inquiry":
		return nominal{verb: "ask", with: lvMake}, true
	case "attempt", "effort":
		return nominal{verb: "try", with: lvMake}, true
	case "proposal":
		return nominal{verb: "propose", with: lvMake}, true
	case "prediction":
		return nominal{verb: "predict", with: lvMake}, true
	case "observation":
		return nominal{verb: "observe", with: lvMake}, true
	case "objection":
		return nominal{verb: "object", with: lvMake}, true
	case "discovery":
		return nominal{verb: "discover", with: lvMake}, true
	case "estimate", "estimation":
		return nominal{verb: "estimate", with: lvMake | lvOffer}, true
	case "calculation":
		return nominal{verb: "calculate", with: lvMake | lvWork}, true
	case "comparison":
		return nominal{verb: "compare", with: lvMake | lvWork}, true
	case "determination":
		return nominal{verb: "determine", with: lvMake}, true
	case "identification":
		return nominal{verb: "identify", with: lvMake | lvWork}, true
	case "reply":
		return nominal{verb: "reply", with: lvMake | lvGive}, true
	case "response":
		return nominal{verb: "respond", with: lvMake | lvOffer}, true
	case "offer":
		return nominal{verb: "offer", with: lvMake}, true
	case "reservation", "booking":
		return nominal{verb: "book", with: lvMake}, true

	// Help and information given or provided.
	case "assistance":
		return nominal{verb: "help", with: lvOffer, absorb: "to"}, true
	case "support":
		return nominal{verb: "support", with: lvOffer, absorb: "to for"}, true
	case "advice":
		return nominal{verb: "advise", with: lvOffer, absorb: "to"}, true
	case "guidance":
		return nominal{verb: "guide", with: lvOffer, absorb: "to"}, true
	case "training":
		return nominal{verb: "train", with: lvOffer | lvConduct, absorb: "to for"}, true
	case "instruction":
		return nominal{verb: "instruct", with: lvOffer, absorb: "to"}, true
	case "explanation":
		return nominal{verb: "explain", with: lvOffer}, true
	case "description":
		return nominal{verb: "describe", with: lvOffer}, true
	case "summary":
		return nominal{verb: "summarise", with: lvOffer | lvMake}, true
	case "clarification":
		return nominal{verb: "clarify", with: lvOffer}, true
	case "confirmation":
		return nominal{verb: "confirm", with: lvOffer}, true
	case "acknowledgement", "acknowledgment":
		return nominal{verb: "acknowledge", with: lvOffer | lvMake}, true
	case "notification":
		return nominal{verb: "notify", with: lvOffer, keepOf: true, absorb: "to"}, true
	case "approval":
		return nominal{verb: "approve", with: lvOffer, absorb: "to for"}, true
	case "authorisation", "authorization":
		return nominal{verb: "authorise", with: lvOffer, absorb: "to for"}, true
	case "permission":
		return nominal{verb: "allow", with: lvOffer, keepOf: true, absorb: "to for"}, true
	case "consideration":
		return nominal{verb: "consider", with: lvGive, absorb: "to"}, true
	case "presentation":
		return nominal{verb: "present", with: lvGive | lvMake}, true
	case "answer":
		return nominal{verb: "answer", with: lvOffer, absorb: "to"}, true
	case "encouragement":
		return nominal{verb: "encourage", with: lvOffer, absorb: "to"}, true
	case "reassurance":
		return nominal{verb: "reassure", with: lvOffer, absorb: "to"}, true
	case "protection":
		return nominal{verb: "protect", with: lvOffer, absorb: "to for"}, true
	case "documentation":
		return nominal{verb: "document", with: lvProvide}, true

	// Activities carried out, conducted or performed.
	case "review":
		return nominal{verb: "review", with: lvWork | lvHold}, true
	case "analysis":
		return nominal{verb: "analyse", with: lvWork | lvMake}, true
	case "assessment":
		return nominal{verb: "assess", with: lvWork | lvMake}, true
	case "investigation":
		return nominal{verb: "investigate", with: lvWork, absorb: "into"}, true
	case "implementation":
		return nominal{verb: "implement", with: lvWork | lvEffect}, true
	case "evaluation":
		return nominal{verb: "evaluate", with: lvWork | lvMake}, true
	case "inspection":
		return nominal{verb: "inspect", with: lvWork | lvMake}, true
	case "examination":
		return nominal{verb: "examine", with: lvWork | lvMake}, true
	case "audit":
		return nominal{verb: "audit", with: lvWork}, true
	case "check":
		return nominal{verb: "check", with: lvWork | lvMake, absorb: "on"}, true
	case "test":
		return nominal{verb: "test", with: lvWork, absorb: "on"}, true
	case "search":
		return nominal{verb: "search", with: lvWork | lvMake}, true
	case "survey":
		return nominal{verb: "survey", with: lvWork}, true
	case "interview":
		return nominal{verb: "interview", with: lvWork | lvHold, absorb: "with"}, true
	case "verification":
		return nominal{verb: "verify", with: lvWork}, true
	case "validation":
		return nominal{verb: "validate", with: lvWork}, true
	case "measurement":
		return nominal{verb: "measure", with: lvWork | lvTake | lvMake}, true
	case "installation":
		return nominal{verb: "install", with: lvWork}, true
	case "migration":
		return nominal{verb: "migrate", with: lvWork}, true
	case "upgrade":
		return nominal{verb: "upgrade", with: lvWork}, true
	case "configuration":
		return nominal{verb: "configure", with: lvWork}, true
	case "maintenance":
		return nominal{verb: "maintain", with: lvWork, absorb: "on"}, true
	case "deployment":
		return nominal{verb: "deploy", with: lvWork | lvMake}, true
	case "restart":
		return nominal{verb: "restart", with: lvWork}, true
	case "reboot":
		return nominal{verb: "reboot", with: lvWork}, true
	case "backup":
		return nominal{verb: "back up", with: lvWork | lvTake | lvMake}, true
	case "rollback":
		return nominal{verb: "roll back", with: lvWork}, true
	case "reconciliation":
		return nominal{verb: "reconcile", with: lvWork}, true
	case "optimisation", "optimization":
		return nominal{verb: "optimise", with: lvWork}, true
	case "prioritisation", "prioritization":
		return nominal{verb: "prioritise", with: lvWork}, true
	case "collection":
		return nominal{verb: "collect", with: lvWork | lvMake}, true
	case "distribution":
		return nominal{verb: "distribute", with: lvWork | lvMake}, true

	// Talk had or held.
	case "discussion":
		return nominal{verb: "discuss", with: lvMeet, absorb: "about on regarding"}, true
	case "conversation":
		return nominal{verb: "talk", with: lvMeet}, true
	case "meeting":
		return nominal{verb: "meet", with: lvMeet}, true
	case "negotiation":
		return nominal{verb: "negotiate", with: lvMeet | lvWork}, true
	case "consultation":
		return nominal{verb: "consult", with: lvMeet | lvWork, absorb: "with"}, true
	case "vote":
		return nominal{verb: "vote", with: lvHold | lvTake | lvHave}, true

	// Taken.
	case "action":
		return nominal{verb: "act", with: lvTake}, true
	case "note":
		return nominal{verb: "note", with: lvTake}, true
	case "look":
		return nominal{verb: "look", with: lvTake | lvHave}, true
	case "ownership":
		return nominal{verb: "own", with: lvTake}, true
	}
	return nominal{}, false
}
