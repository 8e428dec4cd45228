package rules

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/style"
)

// PassiveVoice reports passive constructions, which hide who acts.
var PassiveVoice = &analysis.Rule{
	ID:    "passive-voice",
	Name:  "PassiveVoice",
	Title: "Passive voice hides who acts",
	Doc: "Reports passive constructions (\"the server was restarted\", \"the budget was split\"): " +
		"the reader of an incident report or an announcement wants to know who did it, or who must. " +
		"Say who acts.",
	Severity: analysis.Everyone(glossary.Suggestion),
	Check:    passiveCheck{},
}

// passiveCheck reports passive constructions ("was quickly fixed"). The
// span is the verb group.
type passiveCheck struct{}

func (passiveCheck) Run(a *analysis.Analysis, emit func(analysis.Finding)) {
	for _, s := range a.Sentences() {
		if s.Cues&analysis.CuePassive == 0 {
			continue
		}
		text := a.SentenceText(s)
		for _, h := range style.Passive(text) {
			written := normalizeSpace(text[h.Start:h.End])
			f := a.Finding(s.Seg, s.Start+h.Start, s.Start+h.End)
			f.Rule = PassiveVoice.ID
			f.Severity = PassiveVoice.SeverityFor(a.Profile.Audience)
			f.Term = strings.ToLower(written)
			f.Message = fmt.Sprintf("%q is passive voice; say who acts, as in \"the team …\"", written)
			emit(f)
		}
	}
}
