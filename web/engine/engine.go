// Package engine is what the web page runs: Check gives a draft's
// findings and readability figures, Revise its revised text and reader's
// glossary. It is plain Go, so it is
// tested like any package; package wasm only carries it across to
// JavaScript. It does no linting of its own: it reads the draft with the
// reader `dejargon check` picks for the file name, checks it with the same
// linter, fixes it as `dejargon fix --stdin` does, explains it as
// `dejargon explain --for` does and measures it as `dejargon stats` does.
package engine

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/fix"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/rules"
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

// Result is what the page shows of a draft as it is written. Findings are the JSON
// report's findings; their offsets and fixes' edits count bytes of Text in
// UTF-8, as the command line's do.
type Result struct {
	Version int `json:"version"`
	// Type is the reader the draft was read with.
	Type     reader.Type    `json:"type"`
	Findings []lint.Finding `json:"findings"`
	// Ignorable says, finding by finding, whether it is about a term the
	// writer can ignore for now (an acronym or a glossary entry), rather
	// than a sentence.
	Ignorable []bool `json:"ignorable"`
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

// RuleInfo is what the page says about a rule: its id and the title and
// documentation from the rule registry.
type RuleInfo struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Doc   string `json:"doc"`
}

// Rules lists every rule, for the page's legend and the selected
// finding's heading.
func Rules() []RuleInfo {
	var out []RuleInfo
	for _, r := range rules.All() {
		out = append(out, RuleInfo{ID: r.ID, Title: r.Title, Doc: r.Doc})
	}
	return out
}

// Types lists the formats the page can read a draft as, the ones --type
// names.
func Types() []reader.Type { return reader.Types() }

// read reads the draft with the reader the file name or type picks.
func read(req Request) (*lint.Document, reader.Type, error) {
	name := req.FileName
	if name == "" {
		name = "draft.txt"
	}
	typ := req.Type
	if typ == reader.Auto {
		typ = reader.Detect(name)
	}
	doc, err := reader.Read(name, []byte(req.Text), reader.Options{Type: typ})
	if err != nil {
		return nil, typ, fmt.Errorf("%s: %w", name, err)
	}
	return doc, typ, nil
}

// Check checks one draft: what the page needs to mark it up and show its
// figures. It runs the linter once, so the page can call it at every
// pause in typing; Revise gives the rest. An error means the settings are
// broken (a team glossary that does not parse); a draft itself never
// fails, whatever it holds.
func (e *Engine) Check(req Request) (*Result, error) {
	l, teamNotes, err := e.linterFor(req)
	if err != nil {
		return nil, err
	}
	doc, typ, err := read(req)
	if err != nil {
		return nil, err
	}
	res := &Result{Version: Version, Type: typ, Notes: append(append([]string{}, doc.Notes...), teamNotes...)}
	findings, a := l.CheckAnalysis(doc)
	res.Findings = findings
	res.Ignorable = make([]bool, len(findings))
	for i, f := range findings {
		res.Ignorable[i] = f.Entry != nil || (f.Term != "" && (f.Rule == rules.AcronymUndefined.ID || f.Rule == rules.AcronymLateDefinition.ID))
	}
	res.Stats = stats.MeasureAnalysis(findings, a)
	res.Sentences = sentences(a)
	p := l.Profile()
	res.Profile = Profile{Audience: p.Audience, MaxSentenceWords: p.MaxSentenceWords, TargetGrade: p.TargetGrade}
	return res, nil
}

// Revision is the draft revised: every safe fix applied, and the reader's
// glossary of the terms it uses.
type Revision struct {
	// Fixed is the draft with every safe fix applied, what `dejargon fix
	// --stdin` writes.
	Fixed string `json:"fixed"`
	// Terms and TermsText are the reader's glossary of `explain --for`,
	// as a list and as the text to paste into an email.
	Terms     []fix.Term `json:"terms"`
	TermsText string     `json:"termsText"`
	// Notes say why fixes were left out.
	Notes []string `json:"notes"`
}

// Revise fixes and explains one draft. It costs a few checks of the
// draft, so the page asks for it after showing Check's answer.
func (e *Engine) Revise(req Request) (*Revision, error) {
	l, _, err := e.linterFor(req)
	if err != nil {
		return nil, err
	}
	doc, _, err := read(req)
	if err != nil {
		return nil, err
	}
	p := fix.PlanFor(l, doc)
	fixed, err := fix.Apply([]byte(req.Text), p.Edits)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Path, err)
	}
	rev := &Revision{Fixed: string(fixed), Notes: fix.SkipNotes(p.Skipped)}
	if rev.Notes == nil {
		rev.Notes = []string{}
	}
	// Explain checks the document again: a fresh read keeps the two
	// independent of what PlanFor may have cached on the document.
	if doc, _, err = read(req); err != nil {
		return nil, err
	}
	rev.Terms = fix.Explain(l, doc)
	if len(rev.Terms) > 0 {
		var b strings.Builder
		if err := fix.WriteTermsText(&b, rev.Terms); err != nil {
			return nil, fmt.Errorf("writing the reader's glossary: %w", err)
		}
		rev.TermsText = b.String()
	}
	if rev.Terms == nil {
		rev.Terms = []fix.Term{}
	}
	return rev, nil
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
