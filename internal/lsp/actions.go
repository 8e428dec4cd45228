package lsp

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/config"
	"github.com/dejargon/dejargon/lint/fix"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/rules"
)

// codeActions offers, for the findings in the range: each of the
// finding's own fixes, allowing its term in the config, and turning its
// rule off on that line; and for the whole file what `dejargon fix`
// does. The edits are the findings' Fixes, converted to positions, never
// worked out again.
func (s *Server) codeActions(ctx context.Context, snap *snapshot, p *codeActionParams) (any, error) {
	out := []codeAction{}
	if snap == nil {
		return out, nil
	}
	c := s.current(snap)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b := actionBuilder{snap: snap, c: c}
	quick, fixAll := kindWanted(p.Context.Only, kindQuickFix), kindWanted(p.Context.Only, kindFixAll)
	start, end := c.lines.offset(p.Range.Start, snap.enc), c.lines.offset(p.Range.End, snap.enc)
	if quick {
		for i := range c.findings {
			f := &c.findings[i]
			if f.Offset > end || f.Offset+f.Length < start {
				continue
			}
			diags := []diagnostic{c.diags[i]}
			for j, fx := range f.Fixes {
				out = append(out, codeAction{Title: fx.Title, Kind: kindQuickFix, Diagnostics: diags, IsPreferred: j == 0, Edit: b.edit(fx.Edits)})
			}
			if a, ok := b.allow(f, diags); ok {
				out = append(out, a)
			}
			if a, ok := b.disable(f, diags); ok {
				out = append(out, a)
			}
		}
	}
	if fixAll {
		if edits := fixAllEdits(c, snap.name); len(edits) > 0 {
			out = append(out, codeAction{Title: "Fix all dejargon findings in this file", Kind: kindFixAll, Edit: b.edit(edits)})
		}
	}
	return out, nil
}

// kindWanted says whether actions of kind k answer a request limited to
// only (none: every kind); "source" asks for "source.fixAll.dejargon".
func kindWanted(only []string, k string) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if k == o || strings.HasPrefix(k, o+".") {
			return true
		}
	}
	return false
}

// fixAllEdits are the edits `dejargon fix` makes to the text: its plan
// of the findings' first fixes, without overlaps or edits that would make
// a new finding.
func fixAllEdits(c *checked, name string) []lint.Edit {
	if c.linter == nil {
		return nil
	}
	doc, err := reader.Read(name, []byte(c.text), reader.Options{Type: c.typ})
	if err != nil {
		return nil
	}
	var out []lint.Edit
	for _, e := range fix.PlanFor(c.linter, doc).Edits {
		out = append(out, lint.Edit{Offset: e.Offset, Length: e.Length, New: e.New})
	}
	return out
}

type actionBuilder struct {
	snap *snapshot
	c    *checked
}

// edit turns byte-offset edits of the checked text into a workspace edit
// for the document. With a client that takes versioned edits, an edit for
// a text that has changed since is refused rather than misapplied.
func (b *actionBuilder) edit(edits []lint.Edit) *workspaceEdit {
	te := make([]textEdit, len(edits))
	for i, e := range edits {
		te[i] = textEdit{Range: b.c.lines.span(e.Offset, e.Length, b.snap.enc), NewText: e.New}
	}
	if b.snap.caps.Workspace.WorkspaceEdit.DocumentChanges {
		v := b.c.version
		return &workspaceEdit{DocumentChanges: []any{textDocumentEdit{TextDocument: versionedTextDocumentIdentifier{URI: b.snap.uri, Version: &v}, Edits: te}}}
	}
	return &workspaceEdit{Changes: map[string][]textEdit{b.snap.uri: te}}
}

// allow offers to add the finding's term to the allow list of the config
// file that applies to the document, or to a new .dejargon.yaml in the
// workspace folder when none does and the client can create files.
func (b *actionBuilder) allow(f *lint.Finding, diags []diagnostic) (codeAction, bool) {
	if f.Term == "" || f.Entry == nil && f.Rule != rules.AcronymUndefined.ID && f.Rule != rules.AcronymLateDefinition.ID {
		return codeAction{}, false
	}
	title := fmt.Sprintf("Allow %q in %s", f.Term, config.FileName)
	if b.c.config != "" {
		src, err := os.ReadFile(b.c.config)
		if err != nil {
			return codeAction{}, false
		}
		e, err := allowEdit(string(src), f.Term)
		if err != nil {
			return codeAction{}, false
		}
		li := newLineIndex(string(src))
		uri := pathToURI(b.c.config)
		te := textEdit{Range: li.span(e.Offset, e.Length, b.snap.enc), NewText: e.New}
		return codeAction{Title: fmt.Sprintf("Allow %q in %s", f.Term, filepath.Base(b.c.config)), Kind: kindQuickFix, Diagnostics: diags,
			Edit: &workspaceEdit{Changes: map[string][]textEdit{uri: {te}}}}, true
	}
	we := b.snap.caps.Workspace.WorkspaceEdit
	if !we.DocumentChanges || !slices.Contains(we.ResourceOperations, "create") {
		return codeAction{}, false
	}
	e, err := allowEdit("", f.Term)
	if err != nil {
		return codeAction{}, false
	}
	uri := pathToURI(filepath.Join(b.newConfigDir(), config.FileName))
	return codeAction{Title: title, Kind: kindQuickFix, Diagnostics: diags, Edit: &workspaceEdit{DocumentChanges: []any{
		createFile{Kind: "create", URI: uri, Options: &createFileOptions{IgnoreIfExists: true}},
		textDocumentEdit{TextDocument: versionedTextDocumentIdentifier{URI: uri}, Edits: []textEdit{{NewText: e.New}}},
	}}}, true
}

// newConfigDir is where a first config file goes: the workspace folder
// holding the document, else the document's folder.
func (b *actionBuilder) newConfigDir() string {
	dir := filepath.Dir(b.snap.configPath)
	best := ""
	for _, r := range b.snap.roots {
		if rel, err := filepath.Rel(r, dir); err == nil && !strings.HasPrefix(rel, "..") && len(r) > len(best) {
			best = r
		}
	}
	if best != "" {
		return best
	}
	return dir
}

// disable offers a dejargon-disable-next-line comment naming the rule
// above the finding's line, in the formats that have such comments.
func (b *actionBuilder) disable(f *lint.Finding, diags []diagnostic) (codeAction, bool) {
	if b.c.typ != reader.Markdown && b.c.typ != reader.HTML {
		return codeAction{}, false
	}
	text := b.c.text
	lineStart := b.c.lines.starts[b.c.lines.position(f.Offset, utf8Encoding).Line]
	indent := lineStart
	for indent < len(text) && (text[indent] == ' ' || text[indent] == '\t') {
		indent++
	}
	eol := "\n"
	if strings.Contains(text, "\r\n") {
		eol = "\r\n"
	}
	comment := text[lineStart:indent] + "<!-- dejargon-disable-next-line " + f.Rule + " -->" + eol
	return codeAction{
		Title:       fmt.Sprintf("Disable %s for this line", f.Rule),
		Kind:        kindQuickFix,
		Diagnostics: diags,
		Edit:        b.edit([]lint.Edit{{Offset: lineStart, New: comment}}),
	}, true
}
