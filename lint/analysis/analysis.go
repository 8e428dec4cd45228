package analysis

import (
	"fmt"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/audience"
	"github.com/dejargon/dejargon/lint/document"
	"github.com/dejargon/dejargon/lint/match"
)

// Analysis is what rules see of a document: its segments with their
// tokens and glossary matches, worked out once and shared by every rule.
type Analysis struct {
	Doc      *document.Document
	Segments []SegmentAnalysis
	Profile  *audience.Profile
	// Glossary is the glossary the document was matched against.
	Glossary *glossary.Glossary

	// Matcher is the glossary matcher the document was matched with, for
	// rules that check a phrase of their own (is a replacement plain?).
	Matcher *match.Matcher

	// memo holds work the rules share (Memo).
	memo map[any]any
	// enabled reports whether a rule is on, for rules that defer to
	// another when it is (hidden-verb to wordy).
	enabled func(id string) bool
	lines   document.Positions
	// lineText caches the text of the last line a finding was on: findings
	// come in source order and often share a line, so they share its string.
	lineNo   int
	lineText string
	// last is the start of the previous finding, from which the next
	// one's column is counted when it follows on the same line.
	last document.Position
	// sentences is computed on first use (sentences.go).
	sentences *sentenceAnalysis
}

// SegmentAnalysis holds one segment's tokens and matches.
type SegmentAnalysis struct {
	Segment *document.Segment
	Tokens  []match.Token
	Matches []match.Match
}

// Word returns the text of token i.
func (s *SegmentAnalysis) Word(i int) string {
	t := s.Tokens[i]
	return s.Segment.Text[t.Start:t.End]
}

// New tokenizes and matches every segment of doc against m for reader p.
// enabled tells which rules are on; nil means all.
func New(doc *document.Document, g *glossary.Glossary, m *match.Matcher, p *audience.Profile, enabled func(id string) bool) *Analysis {
	if enabled == nil {
		enabled = func(string) bool { return true }
	}
	a := &Analysis{Doc: doc, Profile: p, Glossary: g, Matcher: m, enabled: enabled, lines: doc.Positions()}
	a.Segments = make([]SegmentAnalysis, len(doc.Segments))
	// All segments share one token buffer and one match buffer, sized from
	// the text (English averages about six bytes a word), so a document
	// costs a few allocations instead of a growing slice per paragraph.
	textLen := 0
	for i := range doc.Segments {
		textLen += len(doc.Segments[i].Text)
	}
	tokens := make([]match.Token, 0, textLen/5+8)
	var matches []match.Match
	var buf match.Buffer
	for i := range doc.Segments {
		s := &doc.Segments[i]
		start := len(tokens)
		tokens = match.Tokenize(s.Text, tokens)
		toks := tokens[start:len(tokens):len(tokens)]
		mStart := len(matches)
		matches = m.MatchInto(s.Text, toks, matches, &buf)
		a.Segments[i] = SegmentAnalysis{Segment: s, Tokens: toks, Matches: matches[mStart:len(matches):len(matches)]}
	}
	return a
}

// Memo returns what compute returns for key, computing it once per
// document: checks share work through it (the acronyms the text defines,
// whether a replacement is plain). An Analysis belongs to one goroutine.
func (a *Analysis) Memo(key any, compute func() any) any {
	if v, ok := a.memo[key]; ok {
		return v
	}
	if a.memo == nil {
		a.memo = map[any]any{}
	}
	v := compute()
	a.memo[key] = v
	return v
}

// Enabled reports whether rule id is on for this check.
func (a *Analysis) Enabled(id string) bool { return a.enabled(id) }

// Finding starts a finding for the text range [start, end) of segment seg,
// filling in the path and exact positions. The rule fills in the rest.
func (a *Analysis) Finding(seg int, start, end int) Finding {
	s := a.Segments[seg].Segment
	from, to := s.SourceSpan(start, end)
	to = min(max(to, from), len(a.Doc.Source))
	from = min(from, to)
	p := a.lines.PositionFrom(a.last, from)
	q := a.lines.PositionFrom(p, to)
	a.last = p
	return Finding{
		Path:      a.Doc.Path,
		Line:      p.Line,
		Column:    p.Column,
		EndLine:   q.Line,
		EndColumn: q.Column,
		Offset:    from,
		Length:    to - from,
		Match:     a.match(s, start, end, from, to),
		LineText:  a.line(p.Line),
	}
}

func (a *Analysis) line(n int) string {
	if n != a.lineNo {
		a.lineNo, a.lineText = n, a.lines.Line(n)
	}
	return a.lineText
}

// TokenFinding starts a finding covering tokens [first, last] of segment seg.
func (a *Analysis) TokenFinding(seg, first, last int) Finding {
	toks := a.Segments[seg].Tokens
	return a.Finding(seg, toks[first].Start, toks[last].End)
}

// Lines returns what turns the document's offsets into positions: its
// line index, or for a package document (a .docx) its paragraph layout.
func (a *Analysis) Lines() document.Positions { return a.lines }

// LineName names line n for a message: "line 5", or "paragraph 5" in a
// package document, which counts paragraphs instead.
func (a *Analysis) LineName(n int) string {
	if a.Doc.Layout != nil {
		return fmt.Sprintf("paragraph %d", n)
	}
	return fmt.Sprintf("line %d", n)
}

// match is the finding's text as written: its source bytes, or for a
// package document, whose source is XML, the text as read.
func (a *Analysis) match(s *document.Segment, start, end, from, to int) string {
	if a.Doc.Layout != nil {
		return s.Text[min(start, len(s.Text)):min(max(start, end), len(s.Text))]
	}
	return string(a.Doc.Source[from:to])
}

// Localize turns a package document's finding, whose offsets count in the
// document's source, into one whose offsets (and its fixes') count in the
// part that holds it, naming the part; see Finding.Part. Other findings
// are left as they are.
func Localize(doc *document.Document, f *Finding) {
	if doc.Layout == nil {
		return
	}
	part, local, ok := doc.Layout.Local(f.Offset)
	if !ok {
		return
	}
	shift := f.Offset - local
	f.Part, f.Offset = part, local
	for i := range f.Fixes {
		edits := make([]Edit, len(f.Fixes[i].Edits))
		for k, e := range f.Fixes[i].Edits {
			e.Offset -= shift
			edits[k] = e
		}
		f.Fixes[i].Edits = edits
	}
}

// Suppressed reports whether the document silences f where it stands.
func (a *Analysis) Suppressed(f *Finding) bool {
	return Suppressed(a.Doc.Suppressions, f)
}

// Suppressed reports whether one of ss silences f.
func Suppressed(ss []document.Suppression, f *Finding) bool {
	for _, s := range ss {
		if f.Offset < s.Start || f.Offset >= s.End {
			continue
		}
		if len(s.Terms) == 0 && len(s.Rules) == 0 {
			return true
		}
		for _, t := range s.Terms {
			if equalFold(t, f.Term) || equalFold(t, f.Match) {
				return true
			}
		}
		for _, r := range s.Rules {
			if r == f.Rule {
				return true
			}
		}
	}
	return false
}
