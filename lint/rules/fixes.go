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

// termFixes works out what a jargon or wordy finding suggests and the
// fixes it carries: each of the entry's replacements in the form and
// capitalisation written (leveraging → using), and, when the entry allows
// fixes, the edit that puts it in place. f spans the words at text
// [start, end) of segment seg.
func termFixes(a *analysis.Analysis, f *analysis.Finding, seg int, written string, e *glossary.Entry) {
	f.Suggestions = make([]string, 0, len(e.Replace))
	var reason rewrite.Reason
	for i, repl := range e.Replace {
		words, ok := inflected(a, written, repl, e)
		if ok && repeatsEarlier(a, written, e, i, words) {
			// Two replacements that inflect alike are one suggestion
			// and one fix (SARIF, and any menu, wants them distinct).
			continue
		}
		if !ok {
			f.Suggestions = append(f.Suggestions, repl)
			reason = firstReason(reason, rewrite.Grammar)
			continue
		}
		f.Suggestions = append(f.Suggestions, words)
		if !e.Fixable() {
			reason = rewrite.NotAllowed
			continue
		}
		if !plain(a, repl) {
			reason = firstReason(reason, rewrite.NotPlain)
			continue
		}
		res, why := rewrite.Put(a.Doc, a.Segments[seg].Segment, f.Offset, f.Length, words)
		if why != "" {
			reason = firstReason(reason, why)
			continue
		}
		f.Fixes = append(f.Fixes, analysis.Fix{Title: "Replace " + strconv.Quote(collapseSpace(written)) + " with " + strconv.Quote(res.Words), Edits: []analysis.Edit{res.Edit}})
	}
	if len(f.Fixes) == 0 && len(e.Replace) > 0 {
		f.Unfixable = string(reason)
	}
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

// repeatsEarlier reports whether replacement i of e gives words an
// earlier replacement already gave.
func repeatsEarlier(a *analysis.Analysis, written string, e *glossary.Entry, i int, words string) bool {
	for _, earlier := range e.Replace[:i] {
		if w, ok := inflected(a, written, earlier, e); ok && w == words {
			return true
		}
	}
	return false
}

// inflectKey keys the memo of inflected.
type inflectKey struct {
	entry         *glossary.Entry
	written, repl string
}

// Own copies the key's strings (analysis.SharedKey).
func (k inflectKey) Own() analysis.SharedKey {
	return inflectKey{k.entry, strings.Clone(k.written), strings.Clone(k.repl)}
}

// inflectedWords is a memoised rewrite.Words.
type inflectedWords struct {
	words string
	ok    bool
}

// inflected puts repl in the form and case of written, once for each
// spelling: a dense text repeats the same few terms, and so does a tree.
func inflected(a *analysis.Analysis, written, repl string, e *glossary.Entry) (string, bool) {
	w := a.Shared(inflectKey{e, written, repl}, func() any {
		words, ok := rewrite.Words(written, repl, e)
		return inflectedWords{strings.Clone(words), ok}
	}).(inflectedWords)
	return w.words, w.ok
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
