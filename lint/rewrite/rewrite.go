// Package rewrite works out the edit that puts plain words in place of a
// term as a document writes it: the replacement in the term's form and
// capitalisation (leveraging → using), an acronym spelled out at its use
// (SSO → single sign-on (SSO)), the article before it corrected (an SLA →
// a service level agreement (SLA)), and a line break inside the words
// kept. The rules call it when they report a finding, so every finding
// carries its fixes and nothing else recomputes them.
package rewrite

import (
	"unicode"
	"unicode/utf8"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/document"
)

// Reason says why a finding has no fix.
type Reason string

// The reasons a finding is left for a person.
const (
	// Encoded: the text is stored decoded (an entity, a quoted-printable
	// or base64 mail body), so its bytes are not the words.
	Encoded Reason = "the text is stored encoded"
	// Markup: the match runs across markup or a line prefix.
	Markup Reason = "the words run across markup"
	// Grammar: the replacement cannot be put in the written form safely.
	Grammar Reason = "the replacement would not fit the grammar"
	// Defined: the acronym is already spelled out beside it.
	Defined Reason = "the acronym is already explained"
	// NotPlain: the replacement is itself in the glossary, so a second run
	// would change it again.
	NotPlain Reason = "the replacement is itself in the glossary"
	// Placement: the text is a mail subject, which fix does not rewrite.
	Placement Reason = "fix does not rewrite mail subjects"
	// NotAllowed: the glossary entry asks that its term never be
	// replaced automatically (fix: false).
	NotAllowed Reason = "the glossary entry is marked fix: false"
)

// Result is a worked-out rewrite: the edit to the source, and the words
// as the reader will read them, for the finding's message.
type Result struct {
	Edit  analysis.Edit
	Words string
}

// Replace rewrites the words at doc.Source[off:off+n], in segment seg, with repl, one of
// entry e's replacements, in the form and capitalisation the words are
// written in.
func Replace(doc *document.Document, seg *document.Segment, off, n int, e *glossary.Entry, repl string) (Result, Reason) {
	sp, reason := writable(doc, seg, off, n)
	if reason != "" {
		return Result{}, reason
	}
	written := sp.seg.Text[sp.start:sp.end]
	words, ok := replacement(written, repl, e)
	if !ok {
		return Result{}, Grammar
	}
	return finish(doc, sp, off, n, written, words), ""
}

// Put writes words, already in the form of the words they replace (see
// Words), in place of doc.Source[off:off+n] in segment seg.
func Put(doc *document.Document, seg *document.Segment, off, n int, words string) (Result, Reason) {
	sp, reason := writable(doc, seg, off, n)
	if reason != "" {
		return Result{}, reason
	}
	written := sp.seg.Text[sp.start:sp.end]
	if atSentenceStart(sp.seg.Text, sp.start) && startsUpper(written) {
		words = capitaliseFirst(words)
	}
	return finish(doc, sp, off, n, written, words), ""
}

// startsUpper reports whether s starts with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Words puts repl, one of entry e's replacements, in the form and
// capitalisation of written, for a message about text that cannot be
// rewritten in place; ok is false when the form cannot be worked out.
func Words(written, repl string, e *glossary.Entry) (string, bool) {
	return replacement(written, repl, e)
}

// SpellOut writes expansion before the acronym at doc.Source[off:off+n]
// in segment seg,
// whose glossary term is term (forms are its other spellings): SSO →
// single sign-on (SSO), with a capital at the start of a sentence.
func SpellOut(doc *document.Document, seg *document.Segment, off, n int, term, expansion string, forms []string) (Result, Reason) {
	sp, reason := writable(doc, seg, off, n)
	if reason != "" {
		return Result{}, reason
	}
	written := sp.seg.Text[sp.start:sp.end]
	if alreadyDefined(sp.seg.Text, sp.start, sp.end) {
		return Result{}, Defined
	}
	if inCompound(sp.seg.Text, sp.start, sp.end) {
		// "an SSO-enabled app" would become "a single sign-on
		// (SSO)-enabled app".
		return Result{}, Grammar
	}
	words, ok := spellOut(written, term, expansion, forms)
	if !ok {
		return Result{}, Grammar
	}
	if atSentenceStart(sp.seg.Text, sp.start) {
		words = capitaliseFirst(words)
	}
	return finish(doc, sp, off, n, written, words), ""
}

// writable locates the words and refuses places fix may not write.
func writable(doc *document.Document, seg *document.Segment, off, n int) (span, Reason) {
	if seg.Encoded {
		return span{}, Encoded
	}
	sp, reason := locate(doc, seg, off, n)
	if reason != "" {
		return sp, reason
	}
	if sp.seg.Kind == document.Subject {
		return sp, Placement
	}
	return sp, ""
}

// finish turns the words into the edit: a line break inside the old words
// kept, and the article before them corrected.
func finish(doc *document.Document, sp span, off, n int, written, words string) Result {
	e := keepLineBreak(doc, sp, edit{Offset: off, Length: n, Old: written, New: words})
	if a, ok := fixArticle(doc, sp, written, e); ok {
		e = a
	}
	return Result{Edit: analysis.Edit{Offset: e.Offset, Length: e.Length, New: e.New}, Words: words}
}

// edit is an analysis.Edit with the text it replaces, which the article
// and line-break steps read.
type edit struct {
	Offset, Length int
	Old, New       string
}

// End is the offset just past the replaced bytes.
func (e edit) End() int { return e.Offset + e.Length }
