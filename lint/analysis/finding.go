package analysis

import (
	"strings"

	"github.com/dejargon/dejargon/glossary"
)

// Finding is one problem in a document. Its fields are the JSON report's
// fields; the JSON schema is versioned in package report.
type Finding struct {
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	// Offset and Length give the finding's bytes in the original file;
	// those bytes are Match.
	Offset int `json:"offset"`
	Length int `json:"length"`
	// Part, set for a document read from a package of XML parts (a .docx
	// or .odt), names the part holding the finding (word/document.xml).
	// Then Line and EndLine count paragraphs, from 1 in reading order
	// across the whole document, Column and EndColumn count characters of
	// the paragraph's text, Offset, Length and the fixes' edits are bytes
	// of the part's XML, and Match is the text as read.
	Part     string            `json:"part,omitempty"`
	Rule     string            `json:"rule"`
	Severity glossary.Severity `json:"severity"`
	// Match is the text as written in the file.
	Match string `json:"match"`
	// Term is the glossary term (or rule subject) the match stands for.
	Term        string   `json:"term"`
	Message     string   `json:"message"`
	Suggestions []string `json:"suggestions"`
	Expansion   string   `json:"expansion,omitempty"`
	Definition  string   `json:"definition,omitempty"`
	Note        string   `json:"note,omitempty"`
	// Occurrences counts the uses a once-per-document finding stands for.
	Occurrences int `json:"occurrences,omitempty"`
	// Fixes are the finding's own cures, best first; the first is what
	// `dejargon fix` applies. Empty when no safe edit exists.
	Fixes []Fix `json:"fixes,omitempty"`
	// Unfixable says why a finding whose rule can fix has no fix (the
	// words run across markup, the entry is marked fix: false…).
	Unfixable string `json:"-"`
	// LineText is the source line the finding starts on, for excerpts.
	LineText string `json:"-"`
	// Entry is the glossary entry behind the finding, if any.
	Entry *glossary.Entry `json:"-"`
}

// Less orders findings by path, then position, then rule, the one order
// every report uses.
func (f *Finding) Less(g *Finding) bool {
	if f.Path != g.Path {
		return f.Path < g.Path
	}
	// Lines follow offsets in a text file; in a package document the
	// paragraph comes first, since each part counts its offsets afresh.
	if f.Line != g.Line {
		return f.Line < g.Line
	}
	if f.Offset != g.Offset {
		return f.Offset < g.Offset
	}
	if f.Length != g.Length {
		return f.Length > g.Length
	}
	return f.Rule < g.Rule
}

// equalFold compares without regard to case.
func equalFold(a, b string) bool { return strings.EqualFold(a, b) }
