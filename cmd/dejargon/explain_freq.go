package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/wordfreq"
)

// printFrequency writes how frequent word is in everyday English and,
// with verdict set, whether rare-word reports it for the audience (a
// glossary term is the glossary rules' business, so it gets no verdict).
// It writes nothing, and returns false, unless word is one word the table
// can judge.
func printFrequency(w io.Writer, word string, verdict bool, aud glossary.Audience, below wordfreq.Zipf) bool {
	lower := strings.ToLower(strings.TrimSpace(word))
	if _, _, _, ok := wordfreq.Shape(lower); !ok {
		return false
	}
	info := wordfreq.Default().Lookup(lower)
	band := info.Band()
	from := ""
	if info.Known && info.Lemma != lower {
		from = ", as " + info.Lemma
	}
	fmt.Fprintf(w, "  %-12s %s (Zipf %s%s): %s\n", "frequency:", band.Name, info.Zipf, from, band.Gloss)
	if !verdict {
		return true
	}
	say := "not reported"
	switch {
	case below == wordfreq.Off:
		say += " (rare-word is off)"
	case info.Zipf < below:
		say = fmt.Sprintf("rare (under %s): explain it where it is first used, or use a common word", below)
	default:
		say += fmt.Sprintf(" (at or above %s)", below)
	}
	fmt.Fprintf(w, "  %-12s %s\n", "for "+string(aud)+":", say)
	return true
}
