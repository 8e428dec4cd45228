// Package glossary defines dejargon's glossary format: entries that name an
// acronym, a jargon term or a wordy phrase, what it means and what to write
// instead. It loads and validates YAML glossaries (reporting problems as
// file:line:col), merges them in order, and embeds the built-in glossary.
//
// The package knows nothing about matching text; see package lint.
package glossary

import "strings"

// Kind says what sort of problem an entry describes.
type Kind string

// The kinds of entry. They double as the rule ids of glossary findings.
const (
	Acronym Kind = "acronym"
	Jargon  Kind = "jargon"
	Wordy   Kind = "wordy"
)

// Kinds lists every valid kind in a stable order.
var Kinds = []Kind{Acronym, Jargon, Wordy}

// Severity ranks how much a finding matters.
type Severity string

// The severities, from most to least serious.
const (
	Error      Severity = "error"
	Warning    Severity = "warning"
	Suggestion Severity = "suggestion"
)

// Severities lists every valid severity, most serious first.
var Severities = []Severity{Error, Warning, Suggestion}

// Rank orders severities: a higher rank is more serious; an unknown
// severity ranks 0.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Suggestion:
		return 1
	}
	return 0
}

// Audience names a kind of reader. Profiles for each live in package lint.
type Audience string

// The audiences a glossary entry may name.
const (
	General   Audience = "general"
	Business  Audience = "business"
	Executive Audience = "executive"
	Technical Audience = "technical"
)

// Audiences lists every valid audience.
var Audiences = []Audience{General, Business, Executive, Technical}

// Nobody, as an entry's only audience, says that every reader knows the
// term (CEO, PDF): it is explained on request but never flagged, and the
// glossary records that it is no unknown acronym. It is no audience a
// text is written for, so Audiences leaves it out.
const Nobody Audience = "none"

// Entry is one glossary term.
type Entry struct {
	Term       string     `json:"term"`
	Forms      []string   `json:"forms,omitempty"`
	Kind       Kind       `json:"kind"`
	Expansion  string     `json:"expansion,omitempty"`
	Definition string     `json:"definition,omitempty"`
	Replace    []string   `json:"replace,omitempty"`
	Audiences  []Audience `json:"audiences,omitempty"`
	Severity   Severity   `json:"severity,omitempty"`
	Note       string     `json:"note,omitempty"`
	// CaseSensitive is nil when the entry does not override its kind's default.
	CaseSensitive *bool `json:"case_sensitive,omitempty"`
	// Fix is nil when the entry does not say; false keeps automatic fixes away.
	Fix *bool `json:"fix,omitempty"`
	// Senses are the term's other meanings, picked by words nearby.
	Senses []Sense `json:"senses,omitempty"`

	// Source says where the entry was defined, as file:line:col.
	Source string `json:"source,omitempty"`
}

// IsCaseSensitive reports whether the entry matches only text written with
// the same capitalisation: acronyms do by default so that "IT" never matches
// "it", everything else does not.
func (e *Entry) IsCaseSensitive() bool {
	if e.CaseSensitive != nil {
		return *e.CaseSensitive
	}
	return e.Kind == Acronym
}

// DefaultSeverity is the severity of an entry's findings when the entry
// does not set one.
func (e *Entry) DefaultSeverity() Severity {
	if e.Severity != "" {
		return e.Severity
	}
	if e.Kind == Wordy {
		return Suggestion
	}
	return Warning
}

// AppliesTo reports whether the entry counts for readers of audience a:
// an entry naming no audience counts for all, one naming only Nobody for
// none. An empty a asks about any reader.
func (e *Entry) AppliesTo(a Audience) bool {
	if len(e.Audiences) == 0 || a == "" {
		return true
	}
	for _, x := range e.Audiences {
		if x == a {
			return true
		}
	}
	return false
}

// Fixable reports whether `dejargon fix` may rewrite a use of the entry
// without a person's judgement. An acronym is fixed by spelling it out at
// its first use, "single sign-on (SSO)", which keeps the writer's word and
// is safe whenever the entry has an expansion; its `fix: false` only says
// that the replace list is no drop-in, and the fixer never uses that list
// for acronyms. Other entries are fixed with their first replacement unless
// `fix: false` keeps them out.
func (e *Entry) Fixable() bool {
	if e.Kind == Acronym {
		return e.Expansion != ""
	}
	if e.Fix != nil && !*e.Fix {
		return false
	}
	return len(e.Replace) > 0
}

// Key is the identity used when merging glossaries: an entry with the same
// key in a later glossary replaces an earlier one.
func (e *Entry) Key() string {
	if e.IsCaseSensitive() {
		return e.Term
	}
	return strings.ToLower(e.Term)
}
