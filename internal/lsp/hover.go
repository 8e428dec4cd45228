package lsp

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// hover explains what is under the cursor: the glossary term there
// (flagged or not) with its expansion, definition and plainer words, the
// findings there, and the audience the text is checked for.
func (s *Server) hover(ctx context.Context, snap *snapshot, pos position) (any, error) {
	if snap == nil {
		return nil, nil
	}
	c := s.current(snap)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	off := c.lines.offset(pos, snap.enc)
	start, end := -1, -1
	widen := func(from, to int) {
		if start < 0 || from < start {
			start = from
		}
		if to > end {
			end = to
		}
	}
	var entry *glossary.Entry
	for _, t := range c.terms {
		if t.start > off {
			break
		}
		if off < t.end {
			entry = t.entry
			widen(t.start, t.end)
		}
	}
	var here []*lint.Finding
	for i := range c.findings {
		f := &c.findings[i]
		if f.Offset <= off && (off < f.Offset+f.Length || f.Length == 0 && off == f.Offset) {
			here = append(here, f)
			widen(f.Offset, f.Offset+f.Length)
			if entry == nil && f.Entry != nil {
				entry = f.Entry
			}
		}
	}
	if entry == nil && len(here) == 0 {
		return nil, nil
	}
	md := slices.Contains(snap.caps.TextDocument.Hover.ContentFormat, "markdown")
	kind := "plaintext"
	if md {
		kind = "markdown"
	}
	r := c.lines.span(start, end-start, snap.enc)
	return hover{Contents: markupContent{Kind: kind, Value: hoverText(entry, here, c.audience, md)}, Range: &r}, nil
}

func hoverText(e *glossary.Entry, findings []*lint.Finding, audience glossary.Audience, md bool) string {
	var b strings.Builder
	bold := func(s string) string {
		if md {
			return "**" + s + "**"
		}
		return s
	}
	if e != nil {
		b.WriteString(bold(e.Term))
		if e.Expansion != "" {
			fmt.Fprintf(&b, " (%s)", e.Expansion)
		}
		fmt.Fprintf(&b, " · %s\n\n", e.Kind)
		if e.Definition != "" {
			b.WriteString(e.Definition + "\n\n")
		}
		if len(e.Replace) > 0 {
			b.WriteString("Plainer: " + quoteAll(e.Replace) + "\n\n")
		}
		if e.Note != "" {
			b.WriteString(e.Note + "\n\n")
		}
	}
	for _, f := range findings {
		fmt.Fprintf(&b, "%s %s: %s\n\n", f.Severity, bold(f.Rule), f.Message)
	}
	if audience != "" {
		fmt.Fprintf(&b, "Checked for %s readers.", audience)
	}
	return strings.TrimSpace(b.String())
}

func quoteAll(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = `"` + w + `"`
	}
	return strings.Join(q, ", ")
}
