package rules

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/document"
	"github.com/dejargon/dejargon/lint/wordfreq"
)

// RareWord reports words rare in everyday English: the jargon no glossary
// lists.
var RareWord = &analysis.Rule{
	ID:    "rare-word",
	Name:  "RareWord",
	Title: "A word rare in everyday English",
	Doc: "Reports a word that is rare in everyday English (\"idempotent\", \"checksum\", \"subtend\"), " +
		"by its frequency in 51 million words of film and television subtitles (SUBTLEX-US), its " +
		"inflections and British spellings counted together. The threshold follows the audience: " +
		"general readers the strictest, technical readers none unless the config sets one. Glossary " +
		"terms, acronyms, names, numbers, code and words the text defines are left alone. Each word " +
		"is reported once, at its first use: explain it there, or use a common word.",
	Severity: analysis.Everyone(glossary.Suggestion),
	Check:    rareWordCheck{},
}

// rareWordCheck feeds the document's words to a wordfreq.Finder, which
// decides which are rare, names and defined, and reports each rare word
// at its first unsuppressed use.
type rareWordCheck struct{}

func (c rareWordCheck) Run(a *analysis.Analysis, emit func(analysis.Finding)) {
	analysis.RunPass(c, a, emit)
}

// rareWordPass feeds a document's windows to the finder.
type rareWordPass struct {
	below wordfreq.Zipf
	fd    *wordfreq.Finder
	// uses holds where each use handed to the finder stands; a use's Ref
	// indexes it.
	uses []wordPlace
}

// wordPlace is where a word starts in one of the document's segments.
type wordPlace struct {
	seg   *document.Segment
	start int
}

func (rareWordCheck) Begin(a *analysis.Analysis) analysis.DocumentPass {
	p := &rareWordPass{below: a.Profile.RareWordBelow}
	if p.below != wordfreq.Off {
		p.fd = wordfreq.NewFinder(wordfreq.Default(), p.below)
	}
	return p
}

func (p *rareWordPass) Window(a *analysis.Analysis) {
	if p.fd == nil {
		return
	}
	for si := range a.Segments {
		s := &a.Segments[si]
		text := s.Segment.Text
		title := isTitle(s.Segment.Kind) || s.Segment.Kind == document.TableCell || s.Segment.Kind == document.Caption
		mi := 0
		for i, t := range s.Tokens {
			if t.End-t.Start < 4 {
				continue // too short for Shape: the, and, of, SLA
			}
			for mi < len(s.Matches) && s.Matches[mi].Last < i {
				mi++
			}
			if mi < len(s.Matches) && s.Matches[mi].First <= i {
				continue // a glossary entry covers it: the glossary rules speak for it
			}
			word, capital, ok := wordfreq.ShapeWritten(text[t.Start:t.End])
			if !ok || !p.fd.IsRareWritten(word, capital) || looksLikeCode(text, t) || strings.HasPrefix(text[t.End:], "(") {
				continue
			}
			lower, n := word, len(word)
			if capital {
				lower = strings.ToLower(word)
			}
			c := wordfreq.Lower
			if capital {
				c = wordfreq.Capital
				if title || wordfreq.SentenceStart(text, t.Start) {
					c = wordfreq.Open
				}
			}
			p.fd.Add(wordfreq.Use{Lower: lower, Case: c, Defined: wordfreq.Defined(text, t.Start, t.Start+n), Ref: len(p.uses)})
			p.uses = append(p.uses, wordPlace{s.Segment, t.Start})
		}
	}
}

func (p *rareWordPass) Finish(a *analysis.Analysis, emit func(analysis.Finding)) {
	if p.fd == nil {
		return
	}
	for _, g := range p.fd.Rare() {
		var first *analysis.Finding
		uses := 0
		for _, u := range g.Uses {
			at := p.uses[u.Ref]
			f := a.FindingIn(at.seg, at.start, at.start+len(u.Lower))
			f.Rule, f.Term = RareWord.ID, g.Term
			if a.Suppressed(&f) {
				continue
			}
			uses++
			if first == nil {
				first = &f
			}
		}
		if first == nil {
			continue
		}
		describeRareWord(first, g, a.Profile.Audience, p.below)
		first.Occurrences = uses
		emit(*first)
	}
}

// describeRareWord fills in what a rare-word finding says.
func describeRareWord(f *analysis.Finding, g *wordfreq.Group, aud glossary.Audience, below wordfreq.Zipf) {
	f.Severity = RareWord.SeverityFor(aud)
	band := g.Word.Band()
	f.Message = fmt.Sprintf("%q is a rare word for %s readers (%s in everyday English: Zipf %s, under %s); explain it where it is first used, or use a common word",
		f.Match, aud, band.Name, g.Word.Zipf, below)
	f.Note = band.Gloss
}
