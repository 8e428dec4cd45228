package rules

import (
	"strconv"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/audience"
	"github.com/dejargon/dejargon/lint/match"
	"github.com/dejargon/dejargon/lint/rewrite"
)

// termFixes works out what a finding of entry e suggests and the fixes
// it carries: each of the entry's replacements in the form and
// capitalisation written (leveraging → using), and, when the entry allows
// fixes, the edit that puts it in place. f spans the words written of
// segment seg.
func termFixes(a *analysis.Analysis, f *analysis.Finding, seg int, written string, e *glossary.Entry) {
	adv := adviceFor(a, e, -1, written)
	f.Suggestions = adv.suggestions
	adv.putFixes(a, f, seg)
}

// spellOutFix adds the fix that spells the acronym of f out where it
// stands, and returns the words it writes ("single sign-on (SSO)"), or
// spelled when the text cannot be rewritten there.
func spellOutFix(a *analysis.Analysis, f *analysis.Finding, seg int, term, expansion, spelled string, e *glossary.Entry) string {
	var forms []string
	if e != nil {
		forms = e.Forms
	}
	res, why := rewrite.SpellOut(a.Doc, a.Segments[seg].Segment, f.Offset, f.Length, term, expansion, forms)
	if why != "" {
		f.Unfixable = string(why)
		return spelled
	}
	f.Fixes = append(f.Fixes, analysis.Fix{Title: "Spell out " + term + " as " + strconv.Quote(res.Words), Edits: []analysis.Edit{res.Edit}})
	return res.Words
}

// definitionRegion widens a definition's long form at text[from:to], beside
// the acronym at text[start:end], to the whole definition with its
// brackets: "virtual private network (VPN)" or "VPN (virtual private
// network)". It returns nil for any other shape ("VPN, or virtual private
// network,").
func definitionRegion(text string, seg, start, end, from, to int, written string) *definitionPlace {
	closing := func(at int) int {
		rest := strings.TrimLeft(text[at:], " ")
		if !strings.HasPrefix(rest, ")") {
			return -1
		}
		return len(text) - len(rest) + 1
	}
	switch {
	case to <= start:
		if c := closing(end); c > 0 {
			return &definitionPlace{seg: seg, from: from, to: c, written: written}
		}
	case from >= end:
		if c := closing(to); c > 0 {
			return &definitionPlace{seg: seg, from: start, to: c, written: written}
		}
	}
	return nil
}

// shortenDefinition adds to fix, which spells an acronym out at its first
// use, the edit that cuts the later definition down to the acronym
// ("The virtual private network (VPN) keeps" → "The VPN keeps"), so that the
// fixed text does not spell it out twice. Where that text cannot be
// rewritten, the fix is left as it is.
func shortenDefinition(a *analysis.Analysis, fix *analysis.Fix, d *definitionPlace) {
	seg := a.Segments[d.seg].Segment
	off := seg.SourceOffset(d.from)
	n := seg.SourceOffset(d.to-1) + 1 - off
	res, why := rewrite.Put(a.Doc, seg, off, n, d.written)
	if why != "" {
		return
	}
	fix.Edits = append(fix.Edits, res.Edit)
	fix.Title += " and write just " + d.written + " where it was spelled out"
}

func firstReason(had, r rewrite.Reason) rewrite.Reason {
	if had != "" {
		return had
	}
	return r
}

// plainKey keys the memo of plain: the answer depends on the text and
// the reader, and one linter has one reader (profile).
type plainKey struct {
	profile *audience.Profile
	text    string
}

// Own copies the key's text (analysis.SharedKey).
func (k plainKey) Own() analysis.SharedKey { return plainKey{k.profile, strings.Clone(k.text)} }

// plain reports whether text holds nothing a fix would rewrite for this
// reader, so that fixing a fixed document changes nothing: no glossary
// term that counts for the reader and that fix may rewrite. A term fix
// may not touch (fix: false) is fine here; check still reports it.
func plain(a *analysis.Analysis, text string) bool {
	return a.Shared(plainKey{a.Profile, text}, func() any {
		toks := match.Tokenize(text, nil)
		for _, m := range a.Matcher.Match(text, toks, nil) {
			e := m.Entry
			if _, counts := Judge(e, a.Profile); !counts {
				continue
			}
			switch {
			case e.Kind == glossary.Acronym:
				if e.Expansion != "" {
					return false
				}
			case e.Fixable():
				return false
			}
		}
		return true
	}).(bool)
}
