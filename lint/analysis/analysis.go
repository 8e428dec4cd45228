package analysis

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/audience"
	"github.com/dejargon/dejargon/lint/document"
	"github.com/dejargon/dejargon/lint/match"
	"github.com/dejargon/dejargon/lint/sentence"
)

// Analysis is what rules see of a document: its segments with their
// tokens and glossary matches, worked out once and shared by every rule.
type Analysis struct {
	Doc *document.Document
	// Segments are the analysed segments: all of the document's, or for
	// a window of a large document (Window) a run of them, the first
	// being the document's segment Base.
	Segments []SegmentAnalysis
	Base     int
	Profile  *audience.Profile
	// Glossary is the glossary the document was matched against.
	Glossary *glossary.Glossary

	// Matcher is the glossary matcher the document was matched with, for
	// rules that check a phrase of their own (is a replacement plain?).
	Matcher *match.Matcher

	// SharedCache, when set, keeps what rules work out from their key
	// alone across documents (Shared); the Linter sets one for its life.
	SharedCache *Cache

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
	// sent holds the sentences, computed on first use (sentences.go) and
	// shared with the analysis's forks.
	sent *sentenceState
	// buffers keeps the token, match and sentence storage of released
	// analyses for the next ones (see pool); own is this analysis's, when
	// it came from there.
	buffers *sync.Pool
	own     *windowBuffers
}

// windowBuffers hold an analysis's tokens, matches and sentences.
type windowBuffers struct {
	tokens  []match.Token
	matches []match.Match
	buf     match.Buffer
	// segments is Analysis.Segments.
	segments []SegmentAnalysis
	// words, sentences and spans are splitSentences' storage.
	words     []sentence.Span
	sentences []Sentence
	spans     []sentence.Span
}

// pool returns where released analyses leave their storage: the linter's
// cache, shared by every document it checks, so that a tree of small
// files does not allocate a document's worth of tokens and sentences for
// each; or, without one, the document's own pool, shared by its windows.
func (a *Analysis) pool() *sync.Pool {
	if a.SharedCache != nil {
		return &a.SharedCache.buffers
	}
	return a.buffers
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
	a := Open(doc, g, m, p, enabled)
	a.ReadAll()
	return a
}

// ReadAll tokenizes and matches every segment of an analysis from Open,
// as New does. Set SharedCache first, so that the storage comes from and
// (Release) goes back to the linter's pool.
func (a *Analysis) ReadAll() {
	a.fill(0, len(a.Doc.Segments), min(runtime.GOMAXPROCS(0), MaxParts))
}

// Open returns the analysis of doc with no segment read yet: what every
// window of the document shares (its line index, the profile, the
// caches). Window then reads the document a run of segments at a time.
func Open(doc *document.Document, g *glossary.Glossary, m *match.Matcher, p *audience.Profile, enabled func(id string) bool) *Analysis {
	if enabled == nil {
		enabled = func(string) bool { return true }
	}
	return &Analysis{Doc: doc, Profile: p, Glossary: g, Matcher: m, enabled: enabled, lines: doc.Positions(), sent: &sentenceState{},
		buffers: &sync.Pool{}}
}

// Window returns the analysis of segments [from, to) of a's document, on
// one core: the view of one window of a large document. It shares a's
// document-wide parts; its Segments hold only those segments, the first at
// Base. Checks see a window as they see a whole document, so a check that
// needs the whole document (an acronym's first use and its definition,
// wherever that comes) is a DocumentCheck, which reads the windows in turn.
func (a *Analysis) Window(from, to int) *Analysis {
	w := a.Fork()
	w.Segments, w.Base, w.sent = nil, from, &sentenceState{}
	w.fill(from, to, 1)
	return w
}

// Release hands an analysis's token, match and sentence storage on to the
// next window of the document or the next document, so that neither
// allocates it afresh. Neither the analysis nor its forks nor anything
// taken from its Segments or Sentences may be used afterwards; findings
// may, since they hold no tokens.
func (a *Analysis) Release() {
	if a.own == nil {
		return
	}
	// The segments point into the document: drop them, so that pooled
	// storage does not keep a checked document alive.
	clear(a.own.segments)
	a.pool().Put(a.own)
	a.own, a.Segments, a.sent = nil, nil, nil
}

// Whole reports whether a holds every segment of its document.
func (a *Analysis) Whole() bool { return a.Base == 0 && len(a.Segments) == len(a.Doc.Segments) }

// Reopen returns an analysis holding segment seg of the document (counted
// from the document's first segment, not a's) and seg's index in it: a
// itself when seg is one of its segments, or else the segment analysed
// afresh, for a document check that reports once the window holding a
// use is gone.
func (a *Analysis) Reopen(seg int) (*Analysis, int) {
	if seg >= a.Base && seg < a.Base+len(a.Segments) {
		return a, seg - a.Base
	}
	return a.Window(seg, seg+1), 0
}

// fill tokenizes and matches segments [from, to) of the document into
// a.Segments, in up to parts parts side by side when the text is large.
func (a *Analysis) fill(from, to, parts int) {
	doc := a.Doc
	textLen := 0
	for i := from; i < to; i++ {
		textLen += len(doc.Segments[i].Text)
	}
	// A large document's segments are tokenized and matched in parts on
	// every core; each segment's tokens and matches are the same whichever
	// part finds them.
	if textLen < ParallelText {
		parts = 1
	}
	if parts <= 1 {
		// One part reads into pooled storage; parts side by side, only
		// for a large document, allocate their own.
		a.own = a.takeBuffers()
		a.Segments = a.own.segments[:0]
		if cap(a.Segments) < to-from {
			a.Segments = make([]SegmentAnalysis, 0, to-from)
		}
		a.Segments = a.Segments[:to-from]
		a.own.segments = a.Segments
		a.analyseSegments(from, to, textLen)
		return
	}
	a.Segments = make([]SegmentAnalysis, to-from)
	var wg sync.WaitGroup
	for part := range parts {
		// Cut where the text is shared out evenly, at a segment boundary.
		end, n := from, 0
		for end < to && (part == parts-1 || n < textLen/parts) {
			n += len(doc.Segments[end].Text)
			end++
		}
		start := from
		wg.Go(func() { a.analyseSegments(start, end, n) })
		from = end
	}
	wg.Wait()
}

// ParallelText is the size of prose from which a document's work is
// shared out over the cores: below it, starting goroutines costs more than
// it saves, and a tree keeps every core busy with one file each anyway.
const ParallelText = 256 << 10

// MaxParts bounds how many parts one document is cut into.
const MaxParts = 8

// analyseSegments tokenizes and matches segments [from, to) of the
// document, textLen bytes of text.
func (a *Analysis) analyseSegments(from, to, textLen int) {
	// The segments share one token buffer and one match buffer, sized from
	// the text (English averages about six bytes a word), so a document
	// costs a few allocations instead of a growing slice per paragraph.
	wb := a.own
	if wb == nil {
		wb = &windowBuffers{}
	}
	tokens := wb.tokens[:0]
	if cap(tokens) < textLen/5+8 {
		tokens = make([]match.Token, 0, textLen/5+8)
	}
	matches := wb.matches[:0]
	buf := &wb.buf
	for i := from; i < to; i++ {
		s := &a.Doc.Segments[i]
		start := len(tokens)
		tokens = match.Tokenize(s.Text, tokens)
		toks := tokens[start:len(tokens):len(tokens)]
		mStart := len(matches)
		matches = a.Matcher.MatchInto(s.Text, toks, matches, buf)
		a.Segments[i-a.Base] = SegmentAnalysis{Segment: s, Tokens: toks, Matches: matches[mStart:len(matches):len(matches)]}
	}
	wb.tokens, wb.matches = tokens, matches
}

// Fork returns a view of the analysis for another goroutine, so checks can
// run side by side on one document: it shares the segments, tokens,
// matches and sentences (computed once, whichever view asks first) and
// has its own memo and position bookkeeping.
func (a *Analysis) Fork() *Analysis {
	b := *a
	b.memo = nil
	return &b
}

// takeBuffers returns storage a released analysis left in the pool, or
// new storage.
func (a *Analysis) takeBuffers() *windowBuffers {
	if wb, ok := a.pool().Get().(*windowBuffers); ok {
		return wb
	}
	return new(windowBuffers)
}

// Memo returns what compute returns for key, computing it once per
// document: checks share work through it (the acronyms the text defines,
// whether a replacement is plain). An Analysis belongs to one goroutine;
// each Fork has its own memo.
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
	return a.FindingIn(a.Segments[seg].Segment, start, end)
}

// FindingIn starts a finding for the text range [start, end) of s, one of
// the document's segments, whether or not a holds it.
func (a *Analysis) FindingIn(s *document.Segment, start, end int) Finding {
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
		LineText:  a.line(p.Line, s, start, from),
	}
}

// line returns the text of line n, on which text offset start of s,
// source offset from, stands.
func (a *Analysis) line(n int, s *document.Segment, start, from int) string {
	if n == a.lineNo {
		return a.lineText
	}
	a.lineNo = n
	li, ok := a.lines.(*document.LineIndex)
	if !ok {
		a.lineText = a.lines.Line(n)
		return a.lineText
	}
	ls, le := li.LineSpan(n)
	if t, ok := a.sourceText(s, start-(from-ls), start+(le-from), ls, le); ok {
		a.lineText = t
	} else {
		a.lineText = string(a.Doc.Source[ls:le])
	}
	return a.lineText
}

// sourceText returns s.Text[start:end] when it holds the very bytes of
// source range [from, to), as the text of a verbatim piece does: a slice
// of the segment's text shares its memory, where a string of the source
// bytes would be allocated for every finding.
func (a *Analysis) sourceText(s *document.Segment, start, end, from, to int) (string, bool) {
	if start < 0 || end > len(s.Text) || end-start != to-from || from < 0 || to > len(a.Doc.Source) {
		return "", false
	}
	t := s.Text[start:end]
	return t, t == string(a.Doc.Source[from:to])
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
	if t, ok := a.sourceText(s, start, end, from, to); ok {
		return t
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
