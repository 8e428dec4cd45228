package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"testing"
	"time"
)

// testClient drives a server over pipes the way an editor does.
type testClient struct {
	t      testing.TB
	srv    *Server
	out    *writer
	in     chan message
	done   chan error
	nextID int
	// held are notifications read while waiting for something else.
	held []message
}

const waitLimit = 20 * time.Second

// newTestClient starts a server; init is merged into the initialize
// params (capabilities, initializationOptions, rootUri).
func newTestClient(t testing.TB, init map[string]any) (*testClient, json.RawMessage) {
	t.Helper()
	c := startServer(t, Options{Debounce: -1})
	if init == nil {
		init = map[string]any{}
	}
	if _, ok := init["capabilities"]; !ok {
		init["capabilities"] = map[string]any{}
	}
	res := c.request("initialize", init)
	if res.Error != nil {
		t.Fatalf("initialize: %v", res.Error)
	}
	c.notify("initialized", map[string]any{})
	return c, res.Result
}

// startServer starts a server without initializing it.
func startServer(t testing.TB, opts Options) *testClient {
	t.Helper()
	toServer, serverIn := io.Pipe()
	fromServer, serverOut := io.Pipe()
	c := &testClient{t: t, out: &writer{w: serverIn}, in: make(chan message, 1024), done: make(chan error, 1)}
	c.srv = newServer(serverOut, opts)
	go func() {
		err := c.srv.run(context.Background(), toServer)
		serverOut.Close()
		c.done <- err
	}()
	go func() {
		r := bufio.NewReader(fromServer)
		for {
			body, err := readMessage(r)
			if err != nil {
				close(c.in)
				return
			}
			var m message
			if err := json.Unmarshal(body, &m); err != nil {
				t.Errorf("server sent undecodable JSON %q: %v", body, err)
				continue
			}
			c.in <- m
		}
	}()
	t.Cleanup(func() {
		serverIn.Close()
		fromServer.Close()
	})
	return c
}

func (c *testClient) notify(method string, params any) {
	c.t.Helper()
	if err := c.out.write(notification{JSONRPC: "2.0", Method: method, Params: params}); err != nil {
		c.t.Fatalf("sending %s: %v", method, err)
	}
}

// send sends a request and returns its id without waiting.
func (c *testClient) send(method string, params any) int {
	c.t.Helper()
	c.nextID++
	if err := c.out.write(request{JSONRPC: "2.0", ID: c.nextID, Method: method, Params: params}); err != nil {
		c.t.Fatalf("sending %s: %v", method, err)
	}
	return c.nextID
}

// request sends a request and waits for its response.
func (c *testClient) request(method string, params any) message {
	c.t.Helper()
	return c.response(c.send(method, params))
}

func (c *testClient) response(id int) message {
	c.t.Helper()
	want := strconv.Itoa(id)
	for {
		m := c.next()
		if m.Method == "" && string(m.ID) == want {
			return m
		}
		if m.Method != "" {
			c.held = append(c.held, m)
		}
	}
}

func (c *testClient) next() message {
	c.t.Helper()
	select {
	case m, ok := <-c.in:
		if !ok {
			c.t.Fatal("server closed its output")
		}
		return m
	case <-time.After(waitLimit):
		c.t.Fatal("timed out waiting for the server")
	}
	panic("unreachable")
}

// notification waits for a notification of method that satisfies ok.
func (c *testClient) notification(method string, ok func(json.RawMessage) bool) json.RawMessage {
	c.t.Helper()
	for i, m := range c.held {
		if m.Method == method && ok(m.Params) {
			c.held = append(c.held[:i:i], c.held[i+1:]...)
			return m.Params
		}
	}
	for {
		m := c.next()
		if m.Method == method && ok(m.Params) {
			return m.Params
		}
		if m.Method != "" {
			c.held = append(c.held, m)
		}
	}
}

// diagnostics waits for the diagnostics of uri at version.
func (c *testClient) diagnostics(uri string, version int32) []diagnostic {
	c.t.Helper()
	raw := c.notification("textDocument/publishDiagnostics", func(raw json.RawMessage) bool {
		var p publishDiagnosticsParams
		return json.Unmarshal(raw, &p) == nil && p.URI == uri && p.Version != nil && *p.Version == version
	})
	var p publishDiagnosticsParams
	if err := json.Unmarshal(raw, &p); err != nil {
		c.t.Fatal(err)
	}
	return p.Diagnostics
}

// diagnosticsFor waits for the next diagnostics of uri, any version.
func (c *testClient) diagnosticsFor(uri string) []diagnostic {
	c.t.Helper()
	raw := c.notification("textDocument/publishDiagnostics", func(raw json.RawMessage) bool {
		var p publishDiagnosticsParams
		return json.Unmarshal(raw, &p) == nil && p.URI == uri
	})
	var p publishDiagnosticsParams
	if err := json.Unmarshal(raw, &p); err != nil {
		c.t.Fatal(err)
	}
	return p.Diagnostics
}

func (c *testClient) open(uri, languageID, text string) []diagnostic {
	c.t.Helper()
	c.notify("textDocument/didOpen", didOpenParams{TextDocument: textDocumentItem{URI: uri, LanguageID: languageID, Version: 1, Text: text}})
	return c.diagnostics(uri, 1)
}

// shutdown ends the session properly and checks the server returned nil.
func (c *testClient) shutdown() {
	c.t.Helper()
	if r := c.request("shutdown", nil); r.Error != nil || string(r.Result) != "null" {
		c.t.Fatalf("shutdown answered %s %v", r.Result, r.Error)
	}
	c.notify("exit", nil)
	if err := c.wait(); err != nil {
		c.t.Fatalf("server ended with %v after shutdown and exit", err)
	}
}

func (c *testClient) wait() error {
	c.t.Helper()
	select {
	case err := <-c.done:
		return err
	case <-time.After(waitLimit):
		c.t.Fatal("server did not stop")
	}
	return errors.New("unreachable")
}

func decodeResult[T any](t *testing.T, m message) T {
	t.Helper()
	var v T
	if m.Error != nil {
		t.Fatalf("error response: %v", m.Error)
	}
	if err := json.Unmarshal(m.Result, &v); err != nil {
		t.Fatalf("decoding %s: %v", m.Result, err)
	}
	return v
}
