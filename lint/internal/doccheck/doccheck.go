// Package doccheck verifies the promises every reader makes about the
// documents it builds; the readers' tests and fuzz targets share it.
package doccheck

import (
	"fmt"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// Check returns an error when a segment of doc has no pieces, a piece lies
// outside the source, verbatim text differs from the source, pieces run
// backwards or overlap, or a finding's Match is not the source at its
// offset.
func Check(doc *lint.Document, findings []lint.Finding) error {
	src := doc.Source
	prevStart, prevEnd, prevVerbatim := 0, 0, true
	for si, s := range doc.Segments {
		if doc.Layout != nil {
			// A package document's segments follow paragraph numbers, and
			// a text box's paragraphs lie inside the paragraph holding it.
			prevStart, prevEnd, prevVerbatim = 0, 0, true
		}
		if len(s.Pieces) == 0 || s.Pieces[0].Text != 0 {
			return fmt.Errorf("segment %d (%q): pieces do not start at text offset 0", si, s.Text)
		}
		for pi, p := range s.Pieces {
			textEnd := len(s.Text)
			if pi+1 < len(s.Pieces) {
				textEnd = s.Pieces[pi+1].Text
			}
			if p.Text > textEnd {
				return fmt.Errorf("segment %d: piece %d runs backwards in the text", si, pi)
			}
			srcEnd := p.Source + p.SourceLen
			if p.Verbatim {
				srcEnd = p.Source + textEnd - p.Text
			}
			if p.Source < 0 || srcEnd > len(src) {
				return fmt.Errorf("segment %d (%q): piece %d [%d,%d) outside the source (%d bytes)", si, s.Text, pi, p.Source, srcEnd, len(src))
			}
			if p.Verbatim && string(src[p.Source:srcEnd]) != s.Text[p.Text:textEnd] {
				return fmt.Errorf("segment %d: verbatim piece %d is %q in the text but %q in the source", si, pi, s.Text[p.Text:textEnd], src[p.Source:srcEnd])
			}
			// Decoded pieces may share one encoded source range (a base64
			// body maps wholly to its first line); nothing else may overlap.
			shared := !p.Verbatim && !prevVerbatim && p.Source == prevStart
			if p.Source < prevStart || p.Source < prevEnd && srcEnd > p.Source && !shared {
				return fmt.Errorf("segment %d (%q): piece %d at %d overlaps or precedes what came before (up to %d)", si, s.Text, pi, p.Source, prevEnd)
			}
			prevStart, prevVerbatim = p.Source, p.Verbatim
			prevEnd = max(prevEnd, srcEnd)
		}
	}
	if doc.Layout != nil {
		return checkPackageFindings(doc, findings)
	}
	for _, f := range findings {
		if f.Offset < 0 || f.Offset+f.Length > len(src) || string(src[f.Offset:f.Offset+f.Length]) != f.Match {
			return fmt.Errorf("finding %q at %d+%d does not match the source", f.Match, f.Offset, f.Length)
		}
	}
	return nil
}

// checkPackageFindings checks that each finding of a package document
// names a part and lies inside it.
func checkPackageFindings(doc *lint.Document, findings []lint.Finding) error {
	for _, f := range findings {
		start, ok := doc.Layout.PartStart(f.Part)
		if !ok {
			return fmt.Errorf("finding %q names no part of the document (%q)", f.Match, f.Part)
		}
		p, _ := doc.Layout.Part(start)
		if f.Offset < 0 || start+f.Offset+f.Length > p.End {
			return fmt.Errorf("finding %q at %d+%d runs outside its part %s", f.Match, f.Offset, f.Length, f.Part)
		}
		if f.Line < 1 || f.Column < 1 {
			return fmt.Errorf("finding %q at paragraph %d column %d", f.Match, f.Line, f.Column)
		}
	}
	return nil
}

// fuzzGlossary holds a few terms of every kind, phrases among them, so
// fuzzing produces findings whose positions can be checked.
const fuzzGlossary = `entries:
  - {term: leverage, kind: jargon, replace: [use]}
  - {term: circle back, kind: jargon}
  - {term: touch base, kind: jargon}
  - {term: going forward, kind: wordy}
  - {term: SLA, kind: acronym}
  - {term: a, kind: wordy}
  - {term: b c, kind: jargon}
`

// Linter returns a linter over a small glossary, for fuzz targets.
func Linter() (*lint.Linter, error) {
	g, err := glossary.Parse("fuzz.yaml", []byte(fuzzGlossary))
	if err != nil {
		return nil, fmt.Errorf("fuzz glossary: %w", err)
	}
	return lint.New(g)
}

// Texts returns each segment's text with its white space runs written as
// one space, the form reader tests compare against.
func Texts(doc *lint.Document) []string {
	var out []string
	for _, s := range doc.Segments {
		out = append(out, strings.Join(strings.Fields(s.Text), " "))
	}
	return out
}
