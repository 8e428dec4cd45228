package lsp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/reader"
)

// tricky is text where byte, character and UTF-16 columns all differ:
// CRLF line ends, a tab, an astral emoji, a family emoji joined by ZWJ, and an
// accent written as a combining mark.
const tricky = "Cafe\u0301 \U0001F600 update:\r\n" +
	"Going forward,\twe will leverage the SSO portal \U0001F469\u200D\U0001F469\u200D\U0001F467 for everyone.\r\n" +
	"The e\u0301quipe \U0001F389 will touch base with the team.\r\n"

// expected checks text as `dejargon check` does, with no config.
func expected(t *testing.T, name, text string, opts ...lint.Option) []lint.Finding {
	t.Helper()
	g, err := glossary.LoadAll(true)
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g, opts...)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := reader.Read(name, []byte(text), reader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l.Check(doc)
}

// lspPosition works out the LSP position of dejargon's 1-based line and
// character column independently of the server: the line's first
// column-1 characters, counted in enc.
func lspPosition(text string, line, column int, enc encoding) position {
	lines := regexp.MustCompile("\r\n|\r|\n").Split(text, -1)
	l := lines[line-1]
	n := 0
	for i := range l {
		if n == column-1 {
			return position{Line: line - 1, Character: units(l[:i], enc)}
		}
		n++
	}
	return position{Line: line - 1, Character: units(l, enc)}
}

func compareWithCheck(t *testing.T, text string, got []diagnostic, want []lint.Finding, enc encoding) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d diagnostics, check finds %d:\n%v\n%v", len(got), len(want), got, want)
	}
	for i, f := range want {
		d := got[i]
		r := lspRange{Start: lspPosition(text, f.Line, f.Column, enc), End: lspPosition(text, f.EndLine, f.EndColumn, enc)}
		if d.Range != r || d.Code != f.Rule || d.Message != f.Message || d.Source != "dejargon" {
			t.Errorf("diagnostic %d = %+v, want %v %s %q (check: %d:%d-%d:%d)", i, d, r, f.Rule, f.Message, f.Line, f.Column, f.EndLine, f.EndColumn)
		}
		if d.Severity != severityOf(f.Severity) || d.CodeDescription == nil || d.CodeDescription.Href == "" {
			t.Errorf("diagnostic %d: severity %d, code description %v", i, d.Severity, d.CodeDescription)
		}
	}
}

func TestInitializeNegotiatesEncoding(t *testing.T) {
	for _, tc := range []struct {
		name   string
		caps   map[string]any
		want   encoding
		legacy bool
	}{
		{"default", map[string]any{}, utf16Encoding, false},
		{"utf-16 only", map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-16"}}}, utf16Encoding, false},
		{"utf-8 offered", map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-16", "utf-8"}}}, utf8Encoding, false},
		{"utf-32 offered", map[string]any{"general": map[string]any{"positionEncodings": []string{"utf-32", "utf-16"}}}, utf32Encoding, false},
		{"offsetEncoding", map[string]any{"offsetEncoding": []string{"utf-8", "utf-16"}}, utf8Encoding, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, raw := newTestClient(t, map[string]any{"capabilities": tc.caps})
			var res initializeResult
			if err := json.Unmarshal(raw, &res); err != nil {
				t.Fatal(err)
			}
			if res.Capabilities.PositionEncoding != string(tc.want) {
				t.Errorf("positionEncoding %q, want %q", res.Capabilities.PositionEncoding, tc.want)
			}
			if tc.legacy && res.OffsetEncoding != string(tc.want) {
				t.Errorf("offsetEncoding %q, want %q", res.OffsetEncoding, tc.want)
			}
			sync := res.Capabilities.TextDocumentSync
			if !sync.OpenClose || sync.Change != syncIncremental || !res.Capabilities.HoverProvider || res.ServerInfo.Name != "dejargon" {
				t.Errorf("capabilities %+v", res)
			}
			c.shutdown()
		})
	}
}

func TestDiagnosticsAreCheckFindings(t *testing.T) {
	example, err := os.ReadFile("../../testdata/examples/announcement.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		name, languageID, text string
		enc                    encoding
	}{
		{"announcement.txt", "plaintext", string(example), utf16Encoding},
		{"tricky.txt", "plaintext", tricky, utf16Encoding},
		{"tricky-utf8.txt", "plaintext", tricky, utf8Encoding},
		{"tricky-utf32.txt", "plaintext", tricky, utf32Encoding},
		{"notes.md", "markdown", "# Going forward\n\nWe will `leverage` code but leverage people.\n", utf16Encoding},
		{"page.html", "html", "<p>Please <b>touch</b> base about the SLA.</p>\n<!-- leverage -->\n", utf16Encoding},
		{"mail.eml", "", "Subject: Going forward\r\nContent-Type: text/plain\r\n\r\nWe will leverage the VPN.\r\n", utf16Encoding},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := newTestClient(t, map[string]any{"capabilities": map[string]any{"general": map[string]any{"positionEncodings": []string{string(tc.enc)}}}})
			name := filepath.Join(dir, tc.name)
			got := c.open(pathToURI(name), tc.languageID, tc.text)
			want := expected(t, name, tc.text)
			if len(want) == 0 {
				t.Fatal("the example has no findings to compare")
			}
			compareWithCheck(t, tc.text, got, want, tc.enc)
			c.shutdown()
		})
	}
}

func TestLanguageIDChoosesReader(t *testing.T) {
	// The same bytes read as Markdown skip the code span; read as text
	// they do not. The file name says text; the language id wins.
	c, _ := newTestClient(t, nil)
	text := "Use `leverage` here.\n"
	uri := pathToURI(filepath.Join(t.TempDir(), "notes.txt"))
	if got := c.open(uri, "markdown", text); len(got) != 0 {
		t.Errorf("as Markdown: %v", got)
	}
	uri2 := pathToURI(filepath.Join(t.TempDir(), "notes.txt"))
	if got := c.open(uri2, "plaintext", text); len(got) != 1 {
		t.Errorf("as text: %v", got)
	}
	c.shutdown()
}

func TestChangesIncrementalAndFull(t *testing.T) {
	c, _ := newTestClient(t, nil)
	uri := pathToURI(filepath.Join(t.TempDir(), "draft.txt"))
	text := "\U0001F600 We leverage it.\r\nThe e\u0301quipe will leverage \U0001F389 synergy.\r\n"
	if got := c.open(uri, "plaintext", text); len(got) != 3 {
		t.Fatalf("opening: %v", got)
	}
	v := int32(2)
	// Replace the second "leverage" with "use": line 1, after "The e"+U+0301+"quipe will " (17 UTF-16 units).
	c.notify("textDocument/didChange", didChangeParams{
		TextDocument:   versionedTextDocumentIdentifier{URI: uri, Version: &v},
		ContentChanges: []contentChange{{Range: &lspRange{Start: position{1, 17}, End: position{1, 25}}, Text: "use"}},
	})
	after := strings.Replace(text, "will leverage", "will use", 1)
	got := c.diagnostics(uri, 2)
	compareWithCheck(t, after, got, expected(t, "draft.txt", after), utf16Encoding)
	if len(got) != 2 {
		t.Errorf("after the incremental change: %v", got)
	}
	// Several changes in one notification apply in order: insert a line,
	// then delete the emoji on the first line (two UTF-16 units).
	v = 3
	c.notify("textDocument/didChange", didChangeParams{
		TextDocument: versionedTextDocumentIdentifier{URI: uri, Version: &v},
		ContentChanges: []contentChange{
			{Range: &lspRange{Start: position{0, 0}, End: position{0, 0}}, Text: "Circle back.\r\n"},
			{Range: &lspRange{Start: position{1, 0}, End: position{1, 3}}, Text: ""},
		},
	})
	after = "Circle back.\r\n" + strings.TrimPrefix(after, "\U0001F600 ")
	compareWithCheck(t, after, c.diagnostics(uri, 3), expected(t, "draft.txt", after), utf16Encoding)
	// A full change replaces everything.
	v = 4
	c.notify("textDocument/didChange", didChangeParams{TextDocument: versionedTextDocumentIdentifier{URI: uri, Version: &v}, ContentChanges: []contentChange{{Text: "All clear.\n"}}})
	if got := c.diagnostics(uri, 4); len(got) != 0 {
		t.Errorf("after the full change: %v", got)
	}
	// Closing clears the buffer's diagnostics.
	c.notify("textDocument/didClose", didCloseParams{TextDocument: textDocumentIdentifier{URI: uri}})
	if got := c.diagnosticsFor(uri); len(got) != 0 {
		t.Errorf("after close: %v", got)
	}
	c.shutdown()
}

func TestHover(t *testing.T) {
	c, _ := newTestClient(t, map[string]any{
		"capabilities":          map[string]any{"textDocument": map[string]any{"hover": map[string]any{"contentFormat": []string{"markdown", "plaintext"}}}},
		"initializationOptions": map[string]any{"audience": "technical"},
	})
	uri := pathToURI(filepath.Join(t.TempDir(), "draft.txt"))
	// For technical readers SSO needs no definition, so it is not flagged,
	// yet the hover still explains it.
	text := "\U0001F600 We will leverage the SSO portal.\n"
	c.open(uri, "plaintext", text)
	for _, tc := range []struct {
		name string
		at   position
		want []string
		rng  lspRange
	}{
		{"flagged", position{0, 12}, []string{"**leverage**", `"use"`, "jargon", "Checked for technical readers."}, lspRange{position{0, 11}, position{0, 19}}},
		{"glossary term", position{0, 25}, []string{"**SSO** (single sign-on)", "Checked for technical readers."}, lspRange{position{0, 24}, position{0, 27}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := decodeResult[hover](t, c.request("textDocument/hover", textDocumentPositionParams{TextDocument: textDocumentIdentifier{URI: uri}, Position: tc.at}))
			if h.Contents.Kind != "markdown" {
				t.Errorf("kind %q", h.Contents.Kind)
			}
			for _, w := range tc.want {
				if !strings.Contains(h.Contents.Value, w) {
					t.Errorf("hover %q lacks %q", h.Contents.Value, w)
				}
			}
			if h.Range == nil || *h.Range != tc.rng {
				t.Errorf("range %v, want %v", h.Range, tc.rng)
			}
		})
	}
	r := c.request("textDocument/hover", textDocumentPositionParams{TextDocument: textDocumentIdentifier{URI: uri}, Position: position{0, 5}})
	if r.Error != nil || string(r.Result) != "null" {
		t.Errorf("hover on plain words: %s %v", r.Result, r.Error)
	}
	c.shutdown()
}

func TestInitializationOptionsAudience(t *testing.T) {
	text := "Our SSO portal is new.\n"
	for _, tc := range []struct {
		audience string
		want     int
	}{{"", 1}, {"business", 1}, {"technical", 0}} {
		c, _ := newTestClient(t, map[string]any{"initializationOptions": map[string]any{"audience": tc.audience}})
		got := c.open(pathToURI(filepath.Join(t.TempDir(), "a.txt")), "plaintext", text)
		if len(got) != tc.want {
			t.Errorf("audience %q: %v", tc.audience, got)
		}
		c.shutdown()
	}
}

func TestLifecycle(t *testing.T) {
	t.Run("request before initialize", func(t *testing.T) {
		c := startServer(t, Options{})
		r := c.request("textDocument/hover", map[string]any{})
		if r.Error == nil || r.Error.Code != codeServerNotInitialized {
			t.Errorf("got %v", r.Error)
		}
		c.notify("exit", nil)
		if err := c.wait(); err != ErrNoShutdown {
			t.Errorf("exit without shutdown: %v", err)
		}
	})
	t.Run("after shutdown", func(t *testing.T) {
		c, _ := newTestClient(t, nil)
		c.request("shutdown", nil)
		r := c.request("textDocument/hover", map[string]any{})
		if r.Error == nil || r.Error.Code != codeInvalidRequest {
			t.Errorf("got %v", r.Error)
		}
		c.notify("exit", nil)
		if err := c.wait(); err != nil {
			t.Errorf("exit after shutdown: %v", err)
		}
	})
	t.Run("unknown method and bad params", func(t *testing.T) {
		c, _ := newTestClient(t, nil)
		if r := c.request("textDocument/rename", map[string]any{}); r.Error == nil || r.Error.Code != codeMethodNotFound {
			t.Errorf("unknown method: %v", r.Error)
		}
		if r := c.request("textDocument/hover", []int{1}); r.Error == nil || r.Error.Code != codeInvalidParams {
			t.Errorf("bad params: %v", r.Error)
		}
		c.shutdown()
	})
	t.Run("input closed", func(t *testing.T) {
		c := startServer(t, Options{})
		c.out.w.(interface{ Close() error }).Close()
		if err := c.wait(); err != ErrNoShutdown {
			t.Errorf("got %v", err)
		}
	})
}

func TestCancelRequest(t *testing.T) {
	c, _ := newTestClient(t, nil)
	uri := pathToURI(filepath.Join(t.TempDir(), "a.txt"))
	c.open(uri, "plaintext", "We will leverage it.\n")
	started, release := make(chan struct{}), make(chan struct{})
	c.srv.mu.Lock()
	c.srv.beforeRequest = func(string) { close(started); <-release }
	c.srv.mu.Unlock()
	id := c.send("textDocument/hover", textDocumentPositionParams{TextDocument: textDocumentIdentifier{URI: uri}, Position: position{0, 9}})
	<-started
	c.notify("$/cancelRequest", map[string]any{"id": id})
	// The cancel is read before the next request is answered.
	c.srv.mu.Lock()
	c.srv.beforeRequest = nil
	c.srv.mu.Unlock()
	if r := c.request("textDocument/hover", textDocumentPositionParams{TextDocument: textDocumentIdentifier{URI: uri}, Position: position{0, 9}}); r.Error != nil {
		t.Fatalf("second hover: %v", r.Error)
	}
	close(release)
	r := c.response(id)
	if r.Error == nil || r.Error.Code != codeRequestCancelled {
		t.Errorf("cancelled hover answered %s %v", r.Result, r.Error)
	}
	c.shutdown()
}

func TestBadConfigIsADiagnostic(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, ".dejargon.yaml")
	if err := os.WriteFile(cfg, []byte("audience: business\nrules:\n  jargonn: off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, _ := newTestClient(t, map[string]any{"rootUri": pathToURI(dir)})
	uri := pathToURI(filepath.Join(dir, "draft.txt"))
	got := c.open(uri, "plaintext", "We will leverage it.\n")
	if len(got) != 1 || got[0].Code != "config" || !strings.Contains(got[0].Message, "jargonn") {
		t.Errorf("document diagnostics: %v", got)
	}
	cfgDiags := c.diagnosticsFor(pathToURI(cfg))
	if len(cfgDiags) != 1 || cfgDiags[0].Range.Start != (position{2, 2}) || !strings.Contains(cfgDiags[0].Message, `unknown rule "jargonn"`) {
		t.Errorf("config diagnostics: %v", cfgDiags)
	}
	var msg showMessageParams
	if err := json.Unmarshal(c.notification("window/showMessage", func(json.RawMessage) bool { return true }), &msg); err != nil {
		t.Fatal(err)
	}
	if msg.Type != messageError || !strings.Contains(msg.Message, "jargonn") {
		t.Errorf("message %+v", msg)
	}
	// The server is alive: fixing the config and saying so checks again.
	if err := os.WriteFile(cfg, []byte("audience: business\nrules:\n  jargon: off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []map[string]any{{"uri": pathToURI(cfg), "type": 2}}})
	if got := c.diagnosticsFor(pathToURI(cfg)); len(got) != 0 {
		t.Errorf("config diagnostics after the fix: %v", got)
	}
	if got := c.diagnostics(uri, 1); len(got) != 0 {
		t.Errorf("with jargon off: %v", got)
	}
	c.shutdown()
}

func TestUnitsOfTricky(t *testing.T) {
	// The fixture must really differ between encodings, or the tests
	// above prove nothing about them.
	line := strings.Split(tricky, "\r\n")[1]
	if units(line, utf8Encoding) == units(line, utf16Encoding) || units(line, utf16Encoding) == utf8.RuneCountInString(line) {
		t.Fatal("tricky text does not tell the encodings apart")
	}
}

func TestBadGlossaryIsADiagnostic(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".dejargon.yaml"), []byte("glossaries: [team.yaml]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	team := filepath.Join(dir, "team.yaml")
	if err := os.WriteFile(team, []byte("entries:\n  - term: widget\n    kind: jargonish\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, _ := newTestClient(t, map[string]any{"rootUri": pathToURI(dir)})
	uri := pathToURI(filepath.Join(dir, "draft.md"))
	if got := c.open(uri, "markdown", "We leverage it.\n"); len(got) != 1 || got[0].Code != "config" {
		t.Errorf("document diagnostics: %v", got)
	}
	diags := c.diagnosticsFor(pathToURI(team))
	if len(diags) == 0 || diags[0].Range.Start.Line != 2 || diags[0].Severity != severityError {
		t.Errorf("glossary diagnostics: %v", diags)
	}
	c.notification("window/showMessage", func(json.RawMessage) bool { return true })
	// Another buffer under the same broken glossary: no second message.
	uri2 := pathToURI(filepath.Join(dir, "other.md"))
	c.open(uri2, "markdown", "Fine.\n")
	if r := c.request("textDocument/hover", textDocumentPositionParams{TextDocument: textDocumentIdentifier{URI: uri2}}); r.Error != nil {
		t.Errorf("hover with a broken glossary: %v", r.Error)
	}
	for _, m := range c.held {
		if m.Method == "window/showMessage" {
			t.Errorf("the same problem was shown twice: %s", m.Params)
		}
	}
	c.shutdown()
}

func TestWatchersRegistered(t *testing.T) {
	c, _ := newTestClient(t, map[string]any{"capabilities": map[string]any{"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}}})
	raw := c.notification("client/registerCapability", func(json.RawMessage) bool { return true })
	var p registrationParams
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	if len(p.Registrations) != 1 || p.Registrations[0].Method != "workspace/didChangeWatchedFiles" || !strings.Contains(string(raw), ".dejargon.{yaml,yml}") {
		t.Errorf("registration %s", raw)
	}
	c.shutdown()
}

func TestBadSettingsAreShown(t *testing.T) {
	c, _ := newTestClient(t, map[string]any{"initializationOptions": map[string]any{"audience": "martians"}})
	var msg showMessageParams
	if err := json.Unmarshal(c.notification("window/showMessage", func(json.RawMessage) bool { return true }), &msg); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg.Message, `unknown audience "martians"`) {
		t.Errorf("message %q", msg.Message)
	}
	// The server runs on with the defaults, and takes new settings.
	uri := pathToURI(filepath.Join(t.TempDir(), "a.txt"))
	if got := c.open(uri, "plaintext", "Our SSO portal is new.\n"); len(got) != 1 {
		t.Errorf("with default settings: %v", got)
	}
	c.notify("workspace/didChangeConfiguration", map[string]any{"settings": map[string]any{"dejargon": map[string]any{"audience": "technical"}}})
	if got := c.diagnostics(uri, 1); len(got) != 0 {
		t.Errorf("for technical readers: %v", got)
	}
	c.shutdown()
}
