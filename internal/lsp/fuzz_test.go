package lsp

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadMessage feeds the framing reader arbitrary bytes: it must
// return a body or an error, never panic or allocate beyond the limit.
func FuzzReadMessage(f *testing.F) {
	f.Add([]byte("Content-Length: 2\r\n\r\n{}"))
	f.Add([]byte("Content-Length: 5\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1,2]"))
	f.Add([]byte("Content-Length: -1\r\n\r\n"))
	f.Add([]byte("Content-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := bufio.NewReader(bytes.NewReader(data))
		for range 4 {
			body, err := readMessage(r)
			if err != nil {
				return
			}
			if len(body) > maxMessage {
				t.Fatalf("body of %d bytes", len(body))
			}
		}
	})
}

// FuzzServe runs a whole session on arbitrary input after a valid
// initialize: the server must end (the input ends) without panicking.
func FuzzServe(f *testing.F) {
	init := frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`)
	f.Add(frame(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.md","languageId":"markdown","version":1,"text":"We leverage it."}}}`) +
		frame(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a.md","version":2},"contentChanges":[{"range":{"start":{"line":0,"character":99},"end":{"line":0,"character":1}},"text":"x"}]}}`) +
		frame(`{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a.md"},"position":{"line":0,"character":4}}}`) +
		frame(`{"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///a.md"},"range":{"start":{"line":5,"character":-1},"end":{"line":0,"character":0}},"context":{"diagnostics":[]}}}`))
	f.Add(frame(`{"jsonrpc":"2.0","id":"x","method":"shutdown"}`) + frame(`{"jsonrpc":"2.0","method":"exit"}`))
	f.Add(frame(`not json`) + frame(`{"jsonrpc":"2.0","id":{},"method":"textDocument/hover","params":null}`))
	f.Fuzz(func(t *testing.T, session string) {
		s := newServer(io.Discard, Options{Debounce: -1})
		s.run(context.Background(), strings.NewReader(init+session))
	})
}

func frame(body string) string {
	return "Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
}

// FuzzPositions checks that converting between offsets and positions in
// every encoding stays inside the text and lands on character starts.
func FuzzPositions(f *testing.F) {
	f.Add("a\U0001F600b\r\nc\u0301d\re\n", 3, 1, 2)
	f.Add("", 0, 0, 0)
	f.Add("\r\r\n\n", 2, 1, 5)
	f.Fuzz(func(t *testing.T, text string, off, line, char int) {
		if !utf8.ValidString(text) {
			return // LSP text arrives as JSON strings, always valid UTF-8
		}
		li := newLineIndex(text)
		for _, enc := range []encoding{utf8Encoding, utf16Encoding, utf32Encoding} {
			o := li.offset(position{Line: line, Character: char}, enc)
			if o < 0 || o > len(text) || o < len(text) && !utf8.RuneStart(text[o]) {
				t.Fatalf("%s: offset %d for %d:%d in %q", enc, o, line, char, text)
			}
			p := li.position(off, enc)
			back := li.offset(p, enc)
			if again := li.position(back, enc); again != p {
				t.Fatalf("%s: %d -> %v -> %d -> %v in %q", enc, off, p, back, again, text)
			}
		}
	})
}
