package main

import (
	"fmt"
	"strings"
	"testing"
)

func lspFrame(body string) string {
	return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body)
}

// TestLSPExitStatus runs whole sessions through the command: 0 after
// shutdown and exit, 1 when the editor skips shutdown, as LSP asks.
func TestLSPExitStatus(t *testing.T) {
	initialize := lspFrame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`)
	open := lspFrame(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:a","languageId":"plaintext","version":1,"text":"We will leverage it."}}}`)
	hover := lspFrame(`{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:a"},"position":{"line":0,"character":10}}}`)
	shutdown := lspFrame(`{"jsonrpc":"2.0","id":3,"method":"shutdown"}`)
	exit := lspFrame(`{"jsonrpc":"2.0","method":"exit"}`)
	for _, tc := range []struct {
		name, stdin string
		code        int
		out         []string
	}{
		{"shutdown then exit", initialize + open + hover + shutdown + exit, 0, []string{`"name":"dejargon"`, `"id":2,"result":{"contents"`, `leverage`, `"id":3,"result":null`}},
		{"exit without shutdown", initialize + exit, 1, []string{`"positionEncoding":"utf-16"`}},
		{"input closed", initialize, 1, []string{`"id":1`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runWith(t, tc.stdin, false, "lsp")
			if code != tc.code || stderr != "" {
				t.Errorf("exit %d, want %d; stderr %q", code, tc.code, stderr)
			}
			for _, w := range tc.out {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %s:\n%s", w, out)
				}
			}
		})
	}
}
