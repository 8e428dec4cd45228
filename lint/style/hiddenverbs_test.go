package style

import (
	"reflect"
	"testing"
)

// hv is one expected hidden-verb hit: the text it covers and the
// suggestion.
type hv struct{ text, suggestion string }

func hiddenVerbResults(s string) []hv {
	var out []hv
	for _, h := range HiddenVerbs(s) {
		out = append(out, hv{s[h.Start:h.End], h.Suggestion})
	}
	return out
}

func TestHiddenVerbs(t *testing.T) {
	tests := []struct {
		sentence string
		want     []hv
	}{
		// Tense follows the light verb.
		{"We made a decision yesterday.", []hv{{"made a decision", "decided"}}},
		{"We make decisions quickly.", []hv{{"make decisions", "decide"}}},
		{"She makes a decision every week.", []hv{{"makes a decision", "decides"}}},
		{"They are making a decision now.", []hv{{"making a decision", "deciding"}}},
		{"The board has made a decision.", []hv{{"made a decision", "decided"}}},
		{"We need to make a decision.", []hv{{"make a decision", "decide"}}},
		{"We made a choice.", []hv{{"made a choice", "chose"}}},
		{"We have made a choice.", []hv{{"made a choice", "chosen"}}},
		{"They took a decision.", []hv{{"took a decision", "decided"}}},
		{"The board reached a decision.", []hv{{"reached a decision", "decided"}}},
		{"We came to a conclusion.", []hv{{"came to a conclusion", "concluded"}}},
		{"We have come to an agreement.", []hv{{"come to an agreement", "agreed"}}},
		{"We will come to a decision soon.", []hv{{"come to a decision", "decide"}}},

		// Prepositions the plain verb absorbs.
		{"We will carry out a review of the logs.", []hv{{"carry out a review of", "review"}}},
		{"IT carried out an investigation into the outage.", []hv{{"carried out an investigation into", "investigated"}}},
		{"The team is carrying out checks on the servers.", []hv{{"carrying out checks on", "checking"}}},
		{"We provide assistance to new starters.", []hv{{"provide assistance to", "help"}}},
		{"The desk provided assistance with the move.", []hv{{"provided assistance", "helped"}}},
		{"Please give consideration to the risks.", []hv{{"give consideration to", "consider"}}},
		{"The manager gave approval for the budget.", []hv{{"gave approval for", "approved"}}},
		{"We made a payment to the supplier.", []hv{{"made a payment to", "paid"}}},
		{"We made changes to the firewall.", []hv{{"made changes to", "changed"}}},
		{"We must make improvements to the process.", []hv{{"make improvements to", "improve"}}},
		{"They make use of the shared drive.", []hv{{"make use of", "use"}}},
		{"We had a discussion about the budget.", []hv{{"had a discussion about", "discussed"}}},
		{"We will hold a meeting with the vendor.", []hv{{"hold a meeting", "meet"}}},
		{"The supplier gave notification of the change.", []hv{{"gave notification", "notified"}}},
		{"We took ownership of the process.", []hv{{"took ownership of", "owned"}}},
		{"Take a backup of the database first.", []hv{{"Take a backup of", "back up"}}},
		{"We took a backup of the database.", []hv{{"took a backup of", "backed up"}}},
		{"Engineers performed a restart of the server.", []hv{{"performed a restart of", "restarted"}}},
		{"We conducted interviews with the users.", []hv{{"conducted interviews with", "interviewed"}}},
		{"We undertook an assessment of the risks.", []hv{{"undertook an assessment of", "assessed"}}},
		{"They have undertaken an analysis of costs.", []hv{{"undertaken an analysis of", "analysed"}}},
		{"We did an analysis of the logs.", []hv{{"did an analysis of", "analysed"}}},
		{"This will effect a reduction in costs.", []hv{{"effect a reduction in", "reduce"}}},
		{"He performs an audit every year.", []hv{{"performs an audit", "audits"}}},
		{"Please take action on the alerts.", []hv{{"take action", "act"}}},
		{"We were given assistance.", []hv{{"given assistance", "helped"}}},

		// Adjectives become adverbs where they can.
		{"We carried out a thorough review of the code.", []hv{{"carried out a thorough review of", "thoroughly reviewed"}}},
		{"We make monthly payments.", []hv{{"make monthly payments", "pay monthly"}}},
		{"We made a final decision.", []hv{{"made a final decision", "finally decided"}}},
		{"They conducted a detailed analysis of the data.", []hv{{"conducted a detailed analysis of", "analysed in detail"}}},
		{"We performed a security review of the app.", []hv{{"performed a security review of", "reviewed"}}},

		// Spelling follows the writer.
		{"The director gave authorization for the spend.", []hv{{"gave authorization for", "authorized"}}},
		{"The director gave authorisation for the spend.", []hv{{"gave authorisation for", "authorised"}}},
		{"The team performs optimization of queries.", []hv{{"performs optimization of", "optimizes"}}},

		// Inflection corner cases.
		{"We are making a submission of the form.", []hv{{"making a submission of", "submitting"}}},
		{"She made a reference to the contract.", []hv{{"made a reference", "referred"}}},
		{"We made several enquiries.", nil},
		{"They made enquiries.", []hv{{"made enquiries", "asked"}}},
		{"The engineer is making a modification to the script.", []hv{{"making a modification to", "modifying"}}},

		// Not hidden verbs.
		{"We decided quickly.", nil},
		{"The review process is slow.", nil},
		{"We have a payment plan.", nil},
		{"We have a payment due.", nil},
		{"Did the review finish?", nil},
		{"Why did the analysis fail?", nil},
		{"Given the decision, we stopped.", nil},
		{"We will proceed, provided the review passes.", nil},
		{"We take a review.", nil},
		{"Make sure the backup runs.", nil},
		{"The decision was made by the board.", nil},
		{"We did the work.", nil},
		{"They carry the laptops to the office.", nil},
		{"We made it.", nil},
		{"", nil},
		{"made", nil},
		{"made a", nil},
	}
	for _, tc := range tests {
		got := hiddenVerbResults(tc.sentence)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("HiddenVerbs(%q)\n got %q\nwant %q", tc.sentence, got, tc.want)
		}
	}
}

func TestNominalisationTableSize(t *testing.T) {
	nouns := []string{
		"decision", "agreement", "conclusion", "settlement", "compromise", "understanding",
		"resolution", "choice", "selection", "adjustment", "improvement", "enhancement",
		"change", "modification", "alteration", "amendment", "correction", "reduction",
		"payment", "purchase", "transfer", "replacement", "allocation", "delivery",
		"submission", "cancellation", "use", "contact", "investment", "application",
		"recommendation", "suggestion", "request", "announcement", "assumption",
		"arrangement", "reference", "contribution", "commitment", "complaint", "enquiry",
		"inquiry", "attempt", "effort", "proposal", "prediction", "observation", "objection",
		"discovery", "estimate", "estimation", "calculation", "comparison", "determination",
		"identification", "reply", "response", "offer", "reservation", "booking",
		"assistance", "support", "advice", "guidance", "training", "instruction",
		"explanation", "description", "summary", "clarification", "confirmation",
		"acknowledgement", "acknowledgment", "notification", "approval", "authorisation",
		"authorization", "permission", "consideration", "presentation", "answer",
		"encouragement", "reassurance", "protection", "documentation", "review", "analysis",
		"assessment", "investigation", "implementation", "evaluation", "inspection",
		"examination", "audit", "check", "test", "search", "survey", "interview",
		"verification", "validation", "measurement", "installation", "migration", "upgrade",
		"configuration", "maintenance", "deployment", "restart", "reboot", "backup",
		"rollback", "reconciliation", "optimisation", "optimization", "prioritisation",
		"prioritization", "collection", "distribution", "discussion", "conversation",
		"meeting", "negotiation", "consultation", "vote", "action", "note", "look", "ownership",
	}
	if len(nouns) < 60 {
		t.Fatalf("only %d nominalisations listed", len(nouns))
	}
	for _, n := range nouns {
		entry, ok := nominalTable(n)
		if !ok {
			t.Errorf("nominalTable(%q) missing", n)
			continue
		}
		if entry.verb == "" || entry.with == 0 {
			t.Errorf("nominalTable(%q) = %+v: needs a verb and light verbs", n, entry)
		}
	}
}

func TestPlainVerb(t *testing.T) {
	tests := []struct {
		verb, noun string
		form       verbForm
		want       string
	}{
		{"decide", "decision", formPast, "decided"},
		{"decide", "decision", formIng, "deciding"},
		{"modify", "modification", formThird, "modifies"},
		{"modify", "modification", formPast, "modified"},
		{"discuss", "discussion", formThird, "discusses"},
		{"commit", "commitment", formIng, "committing"},
		{"choose", "choice", formParticiple, "chosen"},
		{"choose", "choice", formPast, "chose"},
		{"pay", "payment", formThird, "pays"},
		{"pay", "payment", formPast, "paid"},
		{"back up", "backup", formPast, "backed up"},
		{"roll back", "rollback", formIng, "rolling back"},
		{"agree", "agreement", formIng, "agreeing"},
		{"tie", "tie", formIng, "tying"},
		{"cancel", "cancellation", formPast, "cancelled"},
		{"own", "ownership", formPast, "owned"},
		{"authorise", "authorization", formPast, "authorized"},
		{"authorise", "authorisation", formThird, "authorises"},
	}
	for _, tc := range tests {
		n := nominal{verb: tc.verb}
		if got := n.plainVerb(tc.form, tc.noun); got != tc.want {
			t.Errorf("%q.plainVerb(%d, %q) = %q, want %q", tc.verb, tc.form, tc.noun, got, tc.want)
		}
	}
}
