package rules

import (
	"strings"

	"github.com/dejargon/dejargon/glossary"
)

// sentenceSeverity is how much the rules about whole sentences matter:
// long sentences and a high grade lose readers outright, so they warn;
// colleagues in IT read long technical sentences daily, so for them they
// only suggest.
var sentenceSeverity = except(glossary.Warning, map[glossary.Audience]glossary.Severity{glossary.Technical: glossary.Suggestion})

// normalizeSpace folds the line breaks and runs of spaces of text that ran
// over lines into single spaces, for messages.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
