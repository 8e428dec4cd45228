package lsp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
)

// benchText builds about n bytes of prose with jargon, acronyms and
// wordy phrases in most sentences, denser than real drafts.
func benchText(n int) string {
	sentences := []string{
		"The new portal will be ready for everyone on Monday morning.",
		"Going forward, we will leverage the SSO portal to spin up new accounts.",
		"Please touch base with the service desk if anything looks wrong.",
		"In order to reduce downtime, the cutover happens at night.",
		"Our SLA with customers does not change, and the RTO stays at four hours.",
		"Thank you for your patience while the team finishes the work \U0001F600.",
		"We will circle back on the budget once finance has the figures.",
		"The old system will be deprecated at the end of the quarter.",
	}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		for range 4 {
			b.WriteString(sentences[r.IntN(len(sentences))])
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkKeystrokeToDiagnostics measures what a writer waits for: from
// a one-character change (an incremental didChange, as editors send on
// every keystroke) to the diagnostics of the new text, with the debounce
// off. It runs the whole server path: the change applied, the document
// read and checked, every finding converted to UTF-16 positions, the
// JSON written. The client side only reads the framed messages and
// looks for the version, so the figure is the server's. cpu-ms/op is the
// process's CPU time per change (server and this reader), steadier than
// wall time on a shared machine.
func BenchmarkKeystrokeToDiagnostics(b *testing.B) {
	for _, size := range []int{10 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			toServer, serverIn := io.Pipe()
			fromServer, serverOut := io.Pipe()
			defer serverIn.Close()
			defer fromServer.Close()
			go newServer(serverOut, Options{Debounce: -1}).run(context.Background(), toServer)
			w := &writer{w: serverIn}
			r := bufio.NewReaderSize(fromServer, 1<<20)
			// waitFor reads messages until one whose first bytes hold want.
			waitFor := func(want string) []byte {
				for {
					body, err := readMessage(r)
					if err != nil {
						b.Fatal(err)
					}
					if bytes.Contains(body[:min(len(body), 512)], []byte(want)) {
						return body
					}
				}
			}
			w.write(request{JSONRPC: "2.0", ID: 1, Method: "initialize", Params: map[string]any{"capabilities": map[string]any{}}})
			waitFor(`"id":1`)
			uri := pathToURI(filepath.Join(b.TempDir(), "bench.txt"))
			text := benchText(size)
			w.write(notification{JSONRPC: "2.0", Method: "textDocument/didOpen", Params: didOpenParams{TextDocument: textDocumentItem{URI: uri, LanguageID: "plaintext", Version: 1, Text: text}}})
			var p publishDiagnosticsParams
			if err := json.Unmarshal(waitFor(`"version":1,`), &notification{Params: &p}); err != nil {
				b.Fatal(err)
			}
			end := newLineIndex(text).position(len(text), utf16Encoding)
			b.SetBytes(int64(len(text)))
			b.ResetTimer()
			cpu := cpuTime()
			for i := 0; i < b.N; i++ {
				v := int32(i + 2)
				w.write(notification{JSONRPC: "2.0", Method: "textDocument/didChange", Params: didChangeParams{
					TextDocument:   versionedTextDocumentIdentifier{URI: uri, Version: &v},
					ContentChanges: []contentChange{{Range: &lspRange{Start: end, End: end}, Text: "x"}},
				}})
				end.Character++
				waitFor(fmt.Sprintf(`"version":%d,`, v))
			}
			b.StopTimer()
			b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(len(p.Diagnostics)), "diagnostics")
		})
	}
}
