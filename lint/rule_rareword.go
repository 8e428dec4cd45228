package lint

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/wordfreq"
)

// RuleRareWord is the id of the rare-word rule.
const RuleRareWord = "rare-word"

// rareWordRule reports words that are rare in general English (package
// wordfreq), the jargon no glossary lists: "idempotent", "hypervisor".
// Each is reported once, at its first use, with the number of uses, since
// explaining it once is the cure. Words a glossary entry covers are left
// to the glossary rules, acronyms to the acronym rules.
type rareWordRule struct {
	// below is the threshold set by the config; zero leaves it to the
	// audience (wordfreq.Threshold).
	below wordfreq.Zipf
	set   bool
}

// WithRareWordThreshold reports words whose Zipf frequency is below z
// instead of the audience's default; wordfreq.Off turns the rule off, and
// for the technical audience, whose default is off, any other value turns
// it on.
func WithRareWordThreshold(z wordfreq.Zipf) Option {
	return func(l *Linter) error {
		l.rareWord = rareWordRule{below: z, set: true}
		return nil
	}
}

func (rareWordRule) IDs() []string { return []string{RuleRareWord} }

func (r rareWordRule) Check(a *Analysis, emit func(Finding)) {
	below := wordfreq.Threshold(a.Profile.Audience)
	if r.set {
		below = r.below
	}
	if below == wordfreq.Off {
		return
	}
	fd := wordfreq.NewFinder(wordfreq.Default(), below)
	// A use's Ref numbers the document's tokens across segments.
	base := make([]int, len(a.Segments)+1)
	for si := range a.Segments {
		s := &a.Segments[si]
		base[si+1] = base[si] + len(s.Tokens)
		text := s.Segment.Text
		title := isTitleKind(s.Segment.Kind)
		mi := 0
		for i, t := range s.Tokens {
			for mi < len(s.Matches) && s.Matches[mi].Last < i {
				mi++
			}
			if mi < len(s.Matches) && s.Matches[mi].First <= i {
				continue // the glossary rules speak for it
			}
			lower, n, capital, ok := wordfreq.Shape(text[t.Start:t.End])
			if !ok || !fd.IsRare(lower) || looksLikeCode(text, t) || strings.HasPrefix(text[t.End:], "(") {
				continue
			}
			c := wordfreq.Lower
			if capital {
				c = wordfreq.Capital
				if title || wordfreq.SentenceStart(text, t.Start) {
					c = wordfreq.Open
				}
			}
			fd.Add(wordfreq.Use{Lower: lower, Case: c, Defined: wordfreq.Defined(text, t.Start, t.Start+n), Ref: base[si] + i})
		}
	}
	for _, g := range fd.Rare() {
		var first *Finding
		uses := 0
		for _, u := range g.Uses {
			si := segmentOf(base, u.Ref)
			s := &a.Segments[si]
			t := s.Tokens[u.Ref-base[si]]
			f := a.Finding(si, t.Start, t.Start+len(u.Lower))
			f.Rule, f.Term = RuleRareWord, g.Term
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
		describeRareWord(first, g, a.Profile.Audience, below)
		first.Occurrences = uses
		emit(*first)
	}
}

// describeRareWord fills in what a rare-word finding says.
func describeRareWord(f *Finding, g *wordfreq.Group, aud glossary.Audience, below wordfreq.Zipf) {
	f.Severity = glossary.Suggestion
	band := g.Word.Band()
	f.Message = fmt.Sprintf("%q is a rare word for %s readers (%s in everyday English, Zipf %s, under %s); explain it where it is first used, or use a common word",
		f.Match, aud, band.Name, g.Word.Zipf, below)
	f.Note = band.Gloss
}

// segmentOf returns the segment whose tokens hold document token ref.
func segmentOf(base []int, ref int) int {
	lo, hi := 0, len(base)-1
	for lo < hi-1 {
		mid := (lo + hi) / 2
		if base[mid] <= ref {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// isTitleKind reports segments often written in title case, where a
// capital says nothing about a name.
func isTitleKind(k SegmentKind) bool {
	return k == Heading || k == Subject || k == TableCell || k == Caption
}
