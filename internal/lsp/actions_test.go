package lsp

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/fix"
	"github.com/dejargon/dejargon/lint/reader"
)

// applyEdits applies LSP text edits to text, as an editor does.
func applyEdits(t *testing.T, text string, edits []textEdit, enc encoding) string {
	t.Helper()
	li := newLineIndex(text)
	type span struct {
		from, to int
		s        string
	}
	var spans []span
	for _, e := range edits {
		spans = append(spans, span{li.offset(e.Range.Start, enc), li.offset(e.Range.End, enc), e.NewText})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].from > spans[j].from })
	for _, s := range spans {
		text = text[:s.from] + s.s + text[s.to:]
	}
	return text
}

// editsFor returns the edits a workspace edit makes to uri.
func editsFor(t *testing.T, we *workspaceEdit, uri string) []textEdit {
	t.Helper()
	if we == nil {
		t.Fatal("action has no edit")
	}
	if e, ok := we.Changes[uri]; ok {
		return e
	}
	for _, dc := range we.DocumentChanges {
		raw, _ := json.Marshal(dc)
		var tde textDocumentEdit
		if json.Unmarshal(raw, &tde) == nil && tde.TextDocument.URI == uri && tde.Edits != nil {
			return tde.Edits
		}
	}
	t.Fatalf("no edits for %s in %+v", uri, we)
	return nil
}

// TestFixesBecomeQuickFixes feeds the code actions findings whose fixes
// are set by hand, with an emoji before them, so the conversion of byte
// offsets to UTF-16 positions shows in the edits.
func TestFixesBecomeQuickFixes(t *testing.T) {
	text := "\U0001F600 We will leverage the portal going forward.\r\nWe leverage it.\r\n"
	lev := strings.Index(text, "leverage")
	gf := strings.Index(text, "going forward")
	lev2 := strings.LastIndex(text, "leverage")
	findings := []lint.Finding{
		{Offset: lev, Length: 8, Rule: "jargon", Term: "leverage", Fixes: []lint.Fix{
			{Title: `Replace with "use"`, Edits: []lint.Edit{{Offset: lev, Length: 8, New: "use"}}},
			{Title: `Replace with "draw on"`, Edits: []lint.Edit{{Offset: lev, Length: 8, New: "draw on"}}},
		}},
		{Offset: gf, Length: 13, Rule: "wordy", Term: "going forward", Fixes: []lint.Fix{
			{Title: `Replace with "from now on"`, Edits: []lint.Edit{{Offset: gf, Length: 13, New: "from now on"}}},
		}},
		// A finding overlapping another keeps its own fix.
		{Offset: lev, Length: 12, Rule: "test", Term: "leverage the", Fixes: []lint.Fix{
			{Title: "x", Edits: []lint.Edit{{Offset: lev, Length: 12, New: "XX"}}},
		}},
		{Offset: lev2, Length: 8, Rule: "jargon", Term: "leverage", Fixes: []lint.Fix{
			{Title: `Replace with "use"`, Edits: []lint.Edit{{Offset: lev2, Length: 8, New: "use"}}},
		}},
	}
	s := newServer(nil, Options{})
	for _, enc := range []encoding{utf16Encoding, utf8Encoding} {
		c := &checked{version: 3, text: text, typ: reader.Text, lines: newLineIndex(text), findings: findings}
		for i := range findings {
			c.diags = append(c.diags, diagnosticFor(&findings[i], c.lines, enc))
		}
		snap := &snapshot{input: input{uri: "file:///d.txt", enc: enc, text: text, version: 3}, checked: c}
		ask := func(r lspRange, only ...string) []codeAction {
			p := &codeActionParams{TextDocument: textDocumentIdentifier{URI: "file:///d.txt"}, Range: r}
			p.Context.Only = only
			res, err := s.codeActions(context.Background(), snap, p)
			if err != nil {
				t.Fatal(err)
			}
			return res.([]codeAction)
		}
		// The cursor on the second "leverage" (line 1, "We " = 3 units).
		acts := ask(lspRange{position{1, 4}, position{1, 4}}, kindQuickFix)
		if len(acts) != 1 || acts[0].Title != `Replace with "use"` || !acts[0].IsPreferred || acts[0].Kind != kindQuickFix || len(acts[0].Diagnostics) != 1 {
			t.Fatalf("%s: actions %+v", enc, acts)
		}
		if got := applyEdits(t, text, editsFor(t, acts[0].Edit, "file:///d.txt"), enc); got != strings.Replace(text, "We leverage it", "We use it", 1) {
			t.Errorf("%s: applied: %q", enc, got)
		}
		// The first line: both fixes of "leverage", in order, then the overlapping finding's.
		acts = ask(lspRange{position{0, 0}, position{0, 20}})
		var titles []string
		for _, a := range acts {
			titles = append(titles, a.Title)
		}
		want := []string{`Replace with "use"`, `Replace with "draw on"`, "x"}
		if strings.Join(titles, "|") != strings.Join(want, "|") {
			t.Errorf("%s: titles %q, want %q", enc, titles, want)
		}
		edits := editsFor(t, acts[0].Edit, "file:///d.txt")
		wantStart := position{0, 11}
		if enc == utf8Encoding {
			wantStart = position{0, 13}
		}
		if edits[0].Range.Start != wantStart {
			t.Errorf("%s: edit starts at %v, want %v", enc, edits[0].Range.Start, wantStart)
		}
	}
}

// TestQuickFixes asks a running server for the code actions of real
// findings: the finding's fixes as the rules made them, and fix-all,
// which must leave the text as `dejargon fix` would.
func TestQuickFixes(t *testing.T) {
	src, err := os.ReadFile("../../testdata/examples/announcement.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := "\U0001F600 " + string(src)
	c, _ := newTestClient(t, map[string]any{"capabilities": map[string]any{"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": true}}}})
	name := filepath.Join(t.TempDir(), "announcement.txt")
	uri := pathToURI(name)
	diags := c.open(uri, "plaintext", text)
	var lev *diagnostic
	for i := range diags {
		if diags[i].Code == "jargon" && strings.Contains(diags[i].Message, `"leverage"`) {
			lev = &diags[i]
			break
		}
	}
	if lev == nil {
		t.Fatalf("no leverage finding in %v", diags)
	}
	acts := decodeResult[[]codeAction](t, c.request("textDocument/codeAction", codeActionParams{TextDocument: textDocumentIdentifier{URI: uri}, Range: lev.Range}))
	if len(acts) == 0 || acts[0].Kind != kindQuickFix || !acts[0].IsPreferred || !strings.Contains(acts[0].Title, `"use"`) {
		t.Fatalf("actions %+v", acts)
	}
	fixed := applyEdits(t, text, editsFor(t, acts[0].Edit, uri), utf16Encoding)
	if want := strings.Replace(text, "IT will leverage a new", "IT will use a new", 1); fixed != want {
		t.Errorf("quick fix gave\n%s", fixed)
	}

	p := codeActionParams{TextDocument: textDocumentIdentifier{URI: uri}}
	p.Context.Only = []string{"source.fixAll"}
	all := decodeResult[[]codeAction](t, c.request("textDocument/codeAction", p))
	if len(all) != 1 || all[0].Kind != kindFixAll {
		t.Fatalf("fix all: %+v", all)
	}
	got := applyEdits(t, text, editsFor(t, all[0].Edit, uri), utf16Encoding)
	g, err := glossary.LoadAll(true)
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := reader.Read(name, []byte(text), reader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	plan := fix.PlanFor(l, doc)
	want, err := fix.Apply([]byte(text), plan.Edits)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Edits) < 3 || got != string(want) {
		t.Errorf("fix all gave\n%s\nfix gives (%d edits)\n%s", got, len(plan.Edits), want)
	}
	c.shutdown()
}

// TestConfigAndDirectiveActions asks a running server for the actions of
// a real finding, applies them, and checks the finding is gone.
func TestConfigAndDirectiveActions(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, ".dejargon.yaml")
	if err := os.WriteFile(cfg, []byte("audience: business\nallow:\n  - Acme\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, _ := newTestClient(t, map[string]any{"rootUri": pathToURI(dir)})
	uri := pathToURI(filepath.Join(dir, "notes.md"))
	text := "# Notes\n\n- Acme will \U0001F600 leverage it.\n"
	diags := c.open(uri, "markdown", text)
	if len(diags) != 1 || diags[0].Code != "jargon" {
		t.Fatalf("diagnostics %v", diags)
	}
	acts := decodeResult[[]codeAction](t, c.request("textDocument/codeAction", codeActionParams{TextDocument: textDocumentIdentifier{URI: uri}, Range: diags[0].Range}))
	byTitle := map[string]codeAction{}
	for _, a := range acts {
		byTitle[a.Title] = a
	}
	allow, ok := byTitle[`Allow "leverage" in .dejargon.yaml`]
	if !ok {
		t.Fatalf("no allow action in %+v", acts)
	}
	disable, ok := byTitle["Disable jargon for this line"]
	if !ok {
		t.Fatalf("no disable action in %+v", acts)
	}
	// Disabling inserts the comment above the line, in the list's indent.
	v := int32(2)
	disabled := applyEdits(t, text, editsFor(t, disable.Edit, uri), utf16Encoding)
	if want := "# Notes\n\n<!-- dejargon-disable-next-line jargon -->\n- Acme will \U0001F600 leverage it.\n"; disabled != want {
		t.Errorf("disabled text %q, want %q", disabled, want)
	}
	c.notify("textDocument/didChange", didChangeParams{TextDocument: versionedTextDocumentIdentifier{URI: uri, Version: &v}, ContentChanges: []contentChange{{Text: disabled}}})
	if got := c.diagnostics(uri, 2); len(got) != 0 {
		t.Errorf("after disabling: %v", got)
	}
	// Allowing edits the config; once it is saved the next check reads
	// it, whether or not the editor reports the change.
	src, _ := os.ReadFile(cfg)
	newCfg := applyEdits(t, string(src), editsFor(t, allow.Edit, pathToURI(cfg)), utf16Encoding)
	if want := "audience: business\nallow:\n  - Acme\n  - leverage\n"; newCfg != want {
		t.Errorf("config %q, want %q", newCfg, want)
	}
	if err := os.WriteFile(cfg, []byte(newCfg), 0o644); err != nil {
		t.Fatal(err)
	}
	v = 3
	c.notify("textDocument/didChange", didChangeParams{TextDocument: versionedTextDocumentIdentifier{URI: uri, Version: &v}, ContentChanges: []contentChange{{Text: text}}})
	if got := c.diagnostics(uri, 3); len(got) != 0 {
		t.Errorf("after allowing: %v", got)
	}
	// Saving the config in the editor checks open documents again.
	if err := os.WriteFile(cfg, src, 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("textDocument/didSave", didSaveParams{TextDocument: textDocumentIdentifier{URI: pathToURI(cfg)}})
	if got := c.diagnostics(uri, 3); len(got) != 1 {
		t.Errorf("after taking the term out again: %v", got)
	}
	c.shutdown()
}

func TestAllowCreatesConfig(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	c, _ := newTestClient(t, map[string]any{
		"rootUri":      pathToURI(dir),
		"capabilities": map[string]any{"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": true, "resourceOperations": []string{"create"}}}},
	})
	uri := pathToURI(filepath.Join(dir, "sub", "a.txt"))
	diags := c.open(uri, "plaintext", "We leverage it.\n")
	acts := decodeResult[[]codeAction](t, c.request("textDocument/codeAction", codeActionParams{TextDocument: textDocumentIdentifier{URI: uri}, Range: diags[0].Range}))
	for _, a := range acts {
		if a.Title != `Allow "leverage" in .dejargon.yaml` {
			continue
		}
		raw, _ := json.Marshal(a.Edit.DocumentChanges)
		want := `[{"kind":"create","uri":"` + pathToURI(filepath.Join(dir, ".dejargon.yaml")) + `","options":{"ignoreIfExists":true}},` +
			`{"textDocument":{"uri":"` + pathToURI(filepath.Join(dir, ".dejargon.yaml")) + `","version":null},"edits":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"newText":"allow:\n  - leverage\n"}]}]`
		var gotV, wantV any
		json.Unmarshal(raw, &gotV)
		if err := json.Unmarshal([]byte(want), &wantV); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(gotV, wantV) {
			t.Errorf("edit\n%s\nwant\n%s", raw, want)
		}
		// Once the editor has made the file, the next check reads it.
		if err := os.WriteFile(filepath.Join(dir, ".dejargon.yaml"), []byte("allow:\n  - leverage\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		v := int32(2)
		c.notify("textDocument/didChange", didChangeParams{TextDocument: versionedTextDocumentIdentifier{URI: uri, Version: &v}, ContentChanges: []contentChange{{Text: "We leverage it!\n"}}})
		if got := c.diagnostics(uri, 2); len(got) != 0 {
			t.Errorf("with the new config: %v", got)
		}
		c.shutdown()
		return
	}
	t.Fatalf("no allow action in %+v", acts)
}
