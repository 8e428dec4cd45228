package rules

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/audience"
	"github.com/dejargon/dejargon/lint/document"
	"github.com/dejargon/dejargon/lint/match"
)

// builtinForGeneral returns what most rule tests check against: the
// built-in glossary, its matcher, and the general reader's profile.
func builtinForGeneral(tb testing.TB) (*glossary.Glossary, *match.Matcher, *audience.Profile) {
	tb.Helper()
	g, err := glossary.Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	p, err := audience.NewProfile(glossary.General)
	if err != nil {
		tb.Fatal(err)
	}
	return g, match.NewMatcher(g), p
}

// paragraphDoc makes a document of src with one segment a paragraph (up
// to a blank line), as the text reader makes them.
func paragraphDoc(path, src string) *document.Document {
	doc := &document.Document{Path: path, Source: []byte(src)}
	off := 0
	for _, para := range strings.SplitAfter(src, "\n\n") {
		doc.Segments = append(doc.Segments, document.NewVerbatimSegment(document.Paragraph, para, off))
		off += len(para)
	}
	return doc
}
