package mbox

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/email"
)

// Document reads the message with the email reader. Its Source is the
// message as stored (Raw), and its positions count from the message's
// first line; Place moves findings to their place in the mailbox.
func (m *Message) Document(path string, opts email.Options) *lint.Document {
	text := m.Raw
	if len(m.escapes) > 0 {
		text = make([]byte, 0, len(m.Raw))
		last := 0
		for _, e := range m.escapes {
			text = append(text, m.Raw[last:e]...)
			last = e + 1
		}
		text = append(text, m.Raw[last:]...)
	}
	doc := email.Read(path, text, opts)
	if len(m.escapes) > 0 {
		m.unescape(doc)
	}
	doc.Source = m.Raw
	return doc
}

// unescape maps the offsets of doc, read from the message without its
// escaping ">"s, to the message as stored.
func (m *Message) unescape(doc *lint.Document) {
	// The ">" at Raw offset escapes[k] is missing from the text at
	// offset escapes[k]-k; a text offset u stands at u plus the number of
	// ">"s removed at or before it.
	at := make([]int, len(m.escapes))
	for k, e := range m.escapes {
		at[k] = e - k
	}
	toRaw := func(u int) int { return u + sort.SearchInts(at, u+1) }
	for i := range doc.Segments {
		s := &doc.Segments[i]
		var pieces []lint.Piece
		for k, p := range s.Pieces {
			end := len(s.Text)
			if k+1 < len(s.Pieces) {
				end = s.Pieces[k+1].Text
			}
			if !p.Verbatim {
				p.SourceLen = toRaw(p.Source+p.SourceLen) - toRaw(p.Source)
				p.Source = toRaw(p.Source)
				pieces = append(pieces, p)
				continue
			}
			// A verbatim run across a removed ">" continues after it.
			srcEnd := p.Source + end - p.Text
			from := p.Source
			for _, u := range at[sort.SearchInts(at, from+1):] {
				if u >= srcEnd {
					break
				}
				pieces = append(pieces, lint.Piece{Text: p.Text + from - p.Source, Source: toRaw(from), Verbatim: true})
				from = u
			}
			pieces = append(pieces, lint.Piece{Text: p.Text + from - p.Source, Source: toRaw(from), Verbatim: true})
		}
		s.Pieces = pieces
	}
	for i := range doc.Suppressions {
		doc.Suppressions[i].Start = toRaw(doc.Suppressions[i].Start)
		doc.Suppressions[i].End = toRaw(doc.Suppressions[i].End)
	}
}

// Place moves the findings of the message's document to their place in
// the mailbox: offsets and lines count from the mailbox's start.
func (m *Message) Place(findings []lint.Finding) {
	for i := range findings {
		f := &findings[i]
		f.Offset += m.Offset
		f.Line += m.Line - 1
		f.EndLine += m.Line - 1
		for k := range f.Fixes {
			edits := make([]lint.Edit, len(f.Fixes[k].Edits))
			for j, e := range f.Fixes[k].Edits {
				e.Offset += m.Offset
				edits[j] = e
			}
			f.Fixes[k].Edits = edits
		}
	}
}

// Read returns one document for the whole mailbox in src: every message's
// segments, placed in the mailbox. It serves what needs a document at
// once (stats, fix); check reads a mailbox message by message (Each), so
// that each message is judged on its own.
func Read(path string, src []byte, opts email.Options) *lint.Document {
	out := &lint.Document{Path: path, Source: src}
	_ = Each(bytes.NewReader(src), func(m *Message) error {
		if m.TooLarge {
			out.Notes = append(out.Notes, tooLarge(m))
			return nil
		}
		doc := m.Document(path, opts)
		for _, s := range doc.Segments {
			pieces := make([]lint.Piece, len(s.Pieces))
			for k, p := range s.Pieces {
				p.Source += m.Offset
				pieces[k] = p
			}
			s.Pieces = pieces
			out.Segments = append(out.Segments, s)
		}
		for _, s := range doc.Suppressions {
			s.Start += m.Offset
			s.End += m.Offset
			out.Suppressions = append(out.Suppressions, s)
		}
		return nil
	})
	return out
}

// TooLargeNote says why message m was not checked.
func TooLargeNote(m *Message) string { return tooLarge(m) }

func tooLarge(m *Message) string {
	return fmt.Sprintf("the message at line %d is larger than %d MiB; not checked", m.Line, MaxMessage>>20)
}
