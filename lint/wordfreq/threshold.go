package wordfreq

import "github.com/dejargon/dejargon/glossary"

// Off is the threshold that reports nothing: no word is less frequent
// than Zipf 0.
const Off Zipf = 0

// thresholds are the Zipf values below which a word is rare for each
// audience, set on the evaluation in testdata/eval (see the README).
// General readers get the strictest; IT colleagues know their field's
// words, so for them the rule is off unless a config turns it on.
var thresholds = map[glossary.Audience]Zipf{
	glossary.General:   20,
	glossary.Business:  15,
	glossary.Executive: 15,
	glossary.Technical: Off,
}

// Threshold returns the default threshold for audience a: words whose
// Zipf value is below it are rare for those readers.
func Threshold(a glossary.Audience) Zipf { return thresholds[a] }
