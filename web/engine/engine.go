// Package engine is what the web page runs: one call checks a draft and
// returns everything the page shows, the findings, the revised text, the
// reader's glossary and the readability figures. It is plain Go, so it is
// tested like any package; package wasm only carries it across to
// JavaScript. It does no linting of its own: it reads the draft with the
// reader `dejargon check` picks for the file name, checks it with the same
// linter, fixes it as `dejargon fix --stdin` does, explains it as
// `dejargon explain --for` does and measures it as `dejargon stats` does.
package engine

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/fix"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/stats"
)

// Version numbers the shape of Result; the page checks it.
const Version = 1

// Request is one check: the draft, its file name (whose extension picks
// the reader, as --stdin-filename does), the audience and the team files
// loaded into the page.
type Request struct {
	Text     string `json:"text"`
	FileName string `json:"fileName"`
	// Type forces a reader, as --type does; empty goes by FileName.
	Type     reader.Type       `json:"type"`
	Audience glossary.Audience `json:"audience"`
	Team     []TeamFile        `json:"team"`
	// Allow lists terms the writer chose to ignore for now, as a
	// config's allow list does.
	Allow []string `json:"allow"`
}

// Result is everything the page shows for a draft. Findings are the JSON
// report's findings; their offsets and fixes' edits count bytes of Text in
// UTF-8, as the command line's do.
type Result struct {
	Version int `json:"version"`
	// Type is the reader the draft was read with.
	Type     reader.Type    `json:"type"`
	Findings []lint.Finding `json:"findings"`
	// Fixed is the draft with every safe fix applied, what `dejargon fix
	// --stdin` writes.
	Fixed string `json:"fixed"`
	// Terms and TermsText are the reader's glossary of `explain --for`,
	// as a list and as the text to paste into an email.
	Terms     []fix.Term `json:"terms"`
	TermsText string     `json:"termsText"`
	// Stats are the figures `dejargon stats` prints for the draft.
	Stats stats.File `json:"stats"`
	// Sentences lists the sentences that count for readability, for the
	// chart of sentence lengths.
	Sentences []Sentence `json:"sentences"`
	Profile   Profile    `json:"profile"`
	// Notes are what the reader said about the text (invalid UTF-8, say)
	// and what the page should know about the team files.
	Notes []string `json:"notes"`
}

// Sentence is one sentence's place and length.
type Sentence struct {
	Offset int `json:"offset"`
	Length int `json:"length"`
	Line   int `json:"line"`
	Words  int `json:"words"`
}

// Profile is what the page needs of the audience: its name and its limits.
type Profile struct {
	Audience         glossary.Audience `json:"audience"`
	MaxSentenceWords int               `json:"maxSentenceWords"`
	TargetGrade      float64           `json:"targetGrade"`
}

// Engine checks drafts. It keeps the linter of the last settings, since
// building one (the matcher over the whole glossary) costs more than
// checking a page of text, and the page re-checks as the writer types.
type Engine struct {
	key    string
	linter *lint.Linter
	notes  []string
}

// Audiences lists the audiences the page offers, from the glossary's one
// list, with the default first.
func Audiences() []glossary.Audience {
	out := []glossary.Audience{lint.DefaultAudience}
	for _, a := range glossary.Audiences {
		if a != lint.DefaultAudience {
			out = append(out, a)
		}
	}
	return out
}

// Types lists the formats the page can read a draft as, the ones --type
// names.
func Types() []reader.Type { return reader.Types }

// Check checks one draft. An error means the settings are broken (a team
// glossary that does not parse, an unknown audience); a draft itself
// never fails, whatever it holds.
func (e *Engine) Check(req Request) (*Result, error) {
	l, teamNotes, err := e.linterFor(req)
	if err != nil {
		return nil, err
	}
	name := req.FileName
	if name == "" {
		name = "draft.txt"
	}
	src := []byte(req.Text)
	typ := req.Type
	if typ == reader.Auto {
		typ = reader.Detect(name)
	}
	doc, err := reader.Read(name, src, reader.Options{Type: typ})
	if errors.Is(err, reader.ErrBinary) {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	res := &Result{Version: Version, Type: typ, Notes: append(append([]string{}, doc.Notes...), teamNotes...)}
	findings, a := l.CheckAnalysis(doc)
	res.Findings = findings
	res.Stats = stats.Measure(l, doc)
	res.Sentences = sentences(a)
	p := l.Profile()
	res.Profile = Profile{Audience: p.Audience, MaxSentenceWords: p.MaxSentenceWords, TargetGrade: p.TargetGrade}

	fixed, err := fixedText(l, doc, src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	res.Fixed = fixed

	res.Terms = fix.Explain(l, doc)
	if len(res.Terms) > 0 {
		var b strings.Builder
		if err := fix.WriteTermsText(&b, res.Terms); err != nil {
			return nil, fmt.Errorf("writing the reader's glossary: %w", err)
		}
		res.TermsText = b.String()
	}
	if res.Terms == nil {
		res.Terms = []fix.Term{}
	}
	return res, nil
}

// fixedText applies the fixes `dejargon fix --stdin` applies.
func fixedText(l *lint.Linter, doc *lint.Document, src []byte) (string, error) {
	p := fix.PlanFor(l, doc)
	out, err := fix.Apply(src, p.Edits)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// sentences lists the sentences that count for readability with their
// places in the original text.
func sentences(a *lint.Analysis) []Sentence {
	lines := lint.NewLineIndex(a.Doc.Source)
	out := []Sentence{}
	for _, s := range a.Sentences() {
		if !s.Counted {
			continue
		}
		from, to := a.Segments[s.Seg].Segment.SourceSpan(s.Start, s.End)
		to = max(from, min(to, len(a.Doc.Source)))
		out = append(out, Sentence{Offset: from, Length: to - from, Line: lines.Position(from).Line, Words: s.Words})
	}
	return out
}
