package fix

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/internal/wrap"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/rules"
)

// Term is one entry of a reader's glossary: an acronym or jargon term a
// document uses, with what it means.
type Term struct {
	Term       string          `json:"term"`
	Kind       glossary.Kind   `json:"kind"`
	Expansion  string          `json:"expansion,omitempty"`
	Definition string          `json:"definition,omitempty"`
	Entry      *glossary.Entry `json:"-"`
}

// Explain lists the acronyms and jargon terms doc uses, each once, in the
// order the reader meets them, for a glossary at the end of the message.
// It follows the checker for l's audience, so terms that reader knows,
// silenced terms and wordy phrases (which need rewriting, not explaining)
// are left out; acronyms the document spells out are listed too, since
// the reader meets them again later. A long form the document gives wins
// over the glossary's expansion.
func Explain(l *lint.Linter, doc *lint.Document) []Term {
	type use struct {
		offset int
		term   Term
	}
	index := map[string]int{}
	var uses []use
	add := func(offset int, key string, t Term) {
		if i, ok := index[key]; ok {
			uses[i].offset = min(uses[i].offset, offset)
			return
		}
		index[key] = len(uses)
		uses = append(uses, use{offset, t})
	}
	for _, f := range l.Check(doc) {
		switch {
		case (f.Rule == rules.AcronymUndefined.ID || f.Rule == rules.AcronymLateDefinition.ID) && (f.Expansion != "" || f.Definition != ""):
			add(f.Offset, "acronym "+f.Term, Term{Term: f.Term, Kind: glossary.Acronym, Expansion: f.Expansion, Definition: f.Definition, Entry: f.Entry})
		case f.Entry != nil && f.Rule == string(glossary.Jargon):
			e := f.Entry
			add(f.Offset, "jargon "+e.Key(), Term{Term: e.Term, Kind: e.Kind, Definition: e.Definition, Entry: e})
		}
	}
	// An acronym the document defines is no finding, but its reader still
	// meets it in the rest of the text.
	a := l.Analyze(doc)
	for _, s := range a.Segments {
		for _, m := range s.Matches {
			e := m.Entry
			if _, counts := l.Judge(e); e.Kind != glossary.Acronym || !counts {
				continue
			}
			t := Term{Term: e.Term, Kind: e.Kind, Expansion: e.Expansion, Definition: e.Definition, Entry: e}
			if d := strings.TrimSpace(doc.Definitions[e.Term]); d != "" {
				t.Expansion = d
			}
			add(s.Segment.SourceOffset(s.Tokens[m.First].Start), "acronym "+e.Term, t)
		}
	}
	sort.SliceStable(uses, func(i, j int) bool { return uses[i].offset < uses[j].offset })
	out := make([]Term, len(uses))
	for i, u := range uses {
		t := u.term
		if t.Definition == "" && t.Entry != nil && len(t.Entry.Replace) > 0 {
			t.Definition = fmt.Sprintf("Means the same as %q.", t.Entry.Replace[0])
		}
		out[i] = t
	}
	return out
}

// ExplainTitle heads a reader's glossary.
const ExplainTitle = "Terms used in this message"

// wrapWidth keeps plain-text lines short enough for any mail program.
const wrapWidth = 72

// WriteTermsText writes terms as plain text, ready to paste at the end of
// an email: each term on its own line, its meaning indented below it and
// wrapped at 72 characters.
func WriteTermsText(w io.Writer, terms []Term) error {
	var b strings.Builder
	b.WriteString(ExplainTitle + "\n")
	for _, t := range terms {
		b.WriteString("\n" + heading(t) + "\n")
		for _, line := range wrap.Words(t.Definition, wrapWidth-2) {
			b.WriteString("  " + line + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteTermsMarkdown writes terms as a Markdown section with one bullet
// per term.
func WriteTermsMarkdown(w io.Writer, terms []Term) error {
	var b strings.Builder
	b.WriteString("## " + ExplainTitle + "\n\n")
	for _, t := range terms {
		b.WriteString("- **" + escapeMarkdown(t.Term) + "**")
		if t.Expansion != "" {
			b.WriteString(" (" + escapeMarkdown(t.Expansion) + ")")
		}
		if t.Definition != "" {
			b.WriteString(": " + escapeMarkdown(t.Definition))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// heading is a term with its expansion: "SSO (single sign-on)".
func heading(t Term) string {
	if t.Expansion == "" {
		return t.Term
	}
	return t.Term + " (" + t.Expansion + ")"
}

// escapeMarkdown keeps glossary text from turning into markup.
func escapeMarkdown(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`)
	return r.Replace(s)
}
