package analysis

import "github.com/dejargon/dejargon/glossary"

// Rule describes one check, once. The linter, config validation,
// `dejargon config`, SARIF rule metadata, `explain --rule` and the
// README's rules table all read this value; nothing about a rule is
// written anywhere else. Package rules holds every Rule.
type Rule struct {
	// ID names the rule in findings, config and directives.
	ID string
	// Name is a readable identifier in PascalCase that differs from ID
	// (SARIF asks for one): JargonTerm.
	Name string
	// Title is a one-line summary, for lists and SARIF shortDescription.
	Title string
	// Doc is one paragraph: what the rule reports and why readers care.
	Doc string
	// Severity is the rule's default severity for each audience. A
	// glossary entry's own severity wins for the findings it causes, and
	// the user's config wins over both.
	Severity map[glossary.Audience]glossary.Severity
	// Fixable is set when the rule's findings may carry fixes.
	Fixable bool
	// Check is the pass that reports the rule's findings. Rules found in
	// one walk over the document (jargon and wordy; the acronym rules)
	// share one Check, which the linter runs once.
	Check Check
}

// Check walks an analysed document and reports findings through emit. It
// sets each finding's Rule, Severity, message and fixes; the linter then
// applies the user's settings and suppressions.
type Check interface {
	Run(a *Analysis, emit func(Finding))
}

// SeverityFor returns the rule's default severity for audience a.
func (r *Rule) SeverityFor(a glossary.Audience) glossary.Severity {
	if s, ok := r.Severity[a]; ok {
		return s
	}
	return glossary.Suggestion
}

// Everyone gives severity s to every audience.
func Everyone(s glossary.Severity) map[glossary.Audience]glossary.Severity {
	m := make(map[glossary.Audience]glossary.Severity, len(glossary.Audiences))
	for _, a := range glossary.Audiences {
		m[a] = s
	}
	return m
}

// A SentenceCheck is a Check that reads the document's sentences
// (Analysis.Sentences). On a large document the linter runs the sentence
// checks on one core while the others run on another; which group a check
// is in changes only the balance of work, never the findings.
type SentenceCheck interface {
	Check
	ReadsSentences() bool
}

// ReadsSentences reports whether c is a SentenceCheck that reads them.
func ReadsSentences(c Check) bool {
	s, ok := c.(SentenceCheck)
	return ok && s.ReadsSentences()
}

// A DocumentCheck is a Check whose findings depend on the whole document:
// an acronym is reported at its first use, but whether and how depends on
// every later use and definition; a reading grade sums every sentence. The
// linter reads a large document a window of segments at a time (Window),
// so that its analysis is never held whole; a DocumentCheck then sees the
// windows one after the other through a DocumentPass, keeping only what it
// needs of each. Its Run is RunPass over one window holding the whole
// document, so both ways go through the same code.
type DocumentCheck interface {
	Check
	// Begin starts a pass over a's document; a is its first window.
	Begin(a *Analysis) DocumentPass
}

// A DocumentPass is one DocumentCheck's walk over a document's windows.
type DocumentPass interface {
	// Window reads the next window, in document order. It must not keep
	// a's segments, tokens or matches: the window's storage serves the
	// next one once the pass has read it.
	Window(a *Analysis)
	// Finish reports the findings; a is the last window, and
	// Analysis.Reopen brings back a segment of an earlier one.
	Finish(a *Analysis, emit func(Finding))
}

// RunPass runs c over a as one window: a DocumentCheck's Run.
func RunPass(c DocumentCheck, a *Analysis, emit func(Finding)) {
	p := c.Begin(a)
	p.Window(a)
	p.Finish(a, emit)
}

// IsDocumentCheck reports whether c needs the whole document.
func IsDocumentCheck(c Check) bool {
	_, ok := c.(DocumentCheck)
	return ok
}

// A WindowPreparer is a DocumentCheck with work on a window that needs no
// other window (counting its syllables): the linter does it on any core
// before the window's turn in the pass comes.
type WindowPreparer interface {
	Prepare(a *Analysis)
}
