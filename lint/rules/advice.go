package rules

import (
	"strconv"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/audience"
	"github.com/dejargon/dejargon/lint/rewrite"
)

// termAdvice is what every finding of one glossary entry, in one sense,
// written one way, says and suggests to one reader. A tree repeats the
// same few terms in the same few spellings, so it is worked out once per
// linter and shared by all those findings: nothing may change it, and
// its slices are full, so that appending to one copies it.
type termAdvice struct {
	// entry is the entry in the sense picked.
	entry *glossary.Entry
	// message is what a jargon or wordy finding says, with its
	// alternatives: `"leverage" is jargon; try "use"`.
	message string
	// suggestions are the entry's replacements in the form written.
	suggestions []string
	// steps are what each replacement gives, in the entry's order: a
	// reason it gives no fix wherever it stands, or words to put in place.
	steps []fixStep
	// puts counts the steps that put words in place.
	puts int
	// quoted is the term as written, quoted, for a fix title.
	quoted string
}

// fixStep is what one replacement gives.
type fixStep struct {
	// reason, when set, is why the replacement gives no fix; a reason
	// that overrides replaces one an earlier replacement gave.
	reason    rewrite.Reason
	overrides bool
	// words are put in place of the term, titled title; at the start of
	// a sentence they are capWords, titled capTitle.
	words, title       string
	capWords, capTitle string
}

// adviceKey keys the advice table. The sense is an index into the
// entry's senses, -1 for the entry's own fields.
type adviceKey struct {
	profile *audience.Profile
	entry   *glossary.Entry
	sense   int
	written string
}

// Own copies the key's text (analysis.OwnedKey).
func (k adviceKey) Own() adviceKey {
	k.written = strings.Clone(k.written)
	return k
}

var adviceTable = analysis.NewTable[adviceKey, *termAdvice]("what a glossary term as written says and suggests")

// adviceFor returns the advice for entry e in sense (-1 for none),
// written as written.
func adviceFor(a *analysis.Analysis, e *glossary.Entry, sense int, written string) *termAdvice {
	return adviceTable.Get(a, adviceKey{a.Profile, e, sense, written}, newAdvice)
}

// newAdvice works the advice for k out: each of the entry's replacements
// in the form and capitalisation written (leveraging → using), and,
// where the entry allows fixes, the words a fix puts in place.
func newAdvice(a *analysis.Analysis, k adviceKey) *termAdvice {
	e := k.entry
	if k.sense >= 0 {
		e = e.WithSense(&e.Senses[k.sense])
	}
	shown := strings.Clone(collapseSpace(k.written))
	adv := &termAdvice{entry: e, suggestions: make([]string, 0, len(e.Replace)), quoted: strconv.Quote(shown)}
	type inflection struct {
		words string
		ok    bool
	}
	done := make([]inflection, 0, len(e.Replace))
	for _, repl := range e.Replace {
		words, ok := rewrite.Words(k.written, repl, e)
		words = strings.Clone(words)
		repeats := false
		for _, earlier := range done {
			repeats = repeats || ok && earlier.ok && earlier.words == words
		}
		done = append(done, inflection{words, ok})
		switch {
		case repeats:
			// Two replacements that inflect alike are one suggestion
			// and one fix (SARIF, and any menu, wants them distinct).
		case !ok:
			adv.suggestions = append(adv.suggestions, repl)
			adv.steps = append(adv.steps, fixStep{reason: rewrite.Grammar})
		case !e.Fixable():
			adv.suggestions = append(adv.suggestions, words)
			adv.steps = append(adv.steps, fixStep{reason: rewrite.NotAllowed, overrides: true})
		case !plain(a, repl):
			adv.suggestions = append(adv.suggestions, words)
			adv.steps = append(adv.steps, fixStep{reason: rewrite.NotPlain})
		default:
			adv.suggestions = append(adv.suggestions, words)
			capWords := rewrite.AtSentenceStart(words)
			adv.steps = append(adv.steps, fixStep{
				words: words, title: fixTitle(adv.quoted, words),
				capWords: capWords, capTitle: fixTitle(adv.quoted, capWords),
			})
			adv.puts++
		}
	}
	adv.suggestions = adv.suggestions[:len(adv.suggestions):len(adv.suggestions)]
	switch e.Kind {
	case glossary.Jargon:
		adv.message = adv.quoted + " is jargon"
	case glossary.Wordy:
		adv.message = adv.quoted + " is wordy"
	}
	adv.message += alternatives(adv.suggestions)
	return adv
}

// fixTitle is the title of the fix that writes words in place of the
// term, quoted as written.
func fixTitle(quoted, words string) string {
	return "Replace " + quoted + " with " + strconv.Quote(words)
}

// describe fills in what a jargon or wordy finding says.
func (adv *termAdvice) describe(f *analysis.Finding) {
	e := adv.entry
	f.Rule = string(e.Kind)
	f.Term = e.Term
	f.Entry = e
	f.Definition = e.Definition
	f.Expansion = e.Expansion
	f.Note = e.Note
	f.Message = adv.message
	f.Suggestions = adv.suggestions
}

// putFixes adds to f, which spans the term in segment seg, the fixes that
// put each replacement in place, or says why there is none.
func (adv *termAdvice) putFixes(a *analysis.Analysis, f *analysis.Finding, seg int) {
	var reason rewrite.Reason
	var fixes []analysis.Fix
	var edits []analysis.Edit
	for i := range adv.steps {
		st := &adv.steps[i]
		switch {
		case st.overrides:
			reason = st.reason
			continue
		case st.reason != "":
			reason = firstReason(reason, st.reason)
			continue
		}
		res, why := rewrite.Put(a.Doc, a.Segments[seg].Segment, f.Offset, f.Length, st.words)
		if why != "" {
			reason = firstReason(reason, why)
			continue
		}
		if fixes == nil {
			fixes, edits = newFixes(adv.puts)
		}
		edits = append(edits, res.Edit)
		fixes = append(fixes, analysis.Fix{Title: adv.title(st, res.Words), Edits: edits[len(edits)-1 : len(edits) : len(edits)]})
	}
	if f.Fixes == nil {
		f.Fixes = fixes
	} else {
		f.Fixes = append(f.Fixes, fixes...)
	}
	if len(f.Fixes) == 0 && len(adv.entry.Replace) > 0 {
		f.Unfixable = string(reason)
	}
}

// title is the title of the fix of step st that writes words.
func (adv *termAdvice) title(st *fixStep, words string) string {
	switch words {
	case st.words:
		return st.title
	case st.capWords:
		return st.capTitle
	}
	return fixTitle(adv.quoted, words)
}

// fixBlock holds a finding's one fix and its one edit, the usual case,
// in one allocation.
type fixBlock struct {
	fix  [1]analysis.Fix
	edit [1]analysis.Edit
}

// newFixes returns empty slices with room for n fixes of one edit each.
func newFixes(n int) ([]analysis.Fix, []analysis.Edit) {
	if n == 1 {
		b := new(fixBlock)
		return b.fix[:0:1], b.edit[:0:1]
	}
	return make([]analysis.Fix, 0, n), make([]analysis.Edit, 0, n)
}
