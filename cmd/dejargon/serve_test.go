package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dejargon/dejargon/web"
)

// fakeSite stands in for the page, so these tests run without building
// the engine; package web's tests cover the real files.
func fakeSite() fstest.MapFS {
	return fstest.MapFS{
		"index.html":   {Data: []byte("<!doctype html><title>dejargon</title>")},
		"app.js":       {Data: []byte("// app")},
		web.EngineFile: {Data: []byte("\x00asm\x01\x00\x00\x00")},
		web.LoaderFile: {Data: []byte("// loader")},
	}
}

// syncBuffer is written by the server's goroutine and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs `dejargon serve args...` until the test ends and
// returns the address it printed.
func startServe(t *testing.T, site fstest.MapFS, args ...string) string {
	t.Helper()
	out := &syncBuffer{}
	errOut := &syncBuffer{}
	io := &streams{In: strings.NewReader(""), Out: out, ErrOut: errOut}
	cmd := newServeCmdWith(io, site)
	cmd.SetArgs(args)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve ended with %v", err)
		}
	})
	url := regexp.MustCompile(`http://(\S+)/ `)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := url.FindStringSubmatch(out.String()); m != nil {
			if errOut.String() != "" {
				t.Errorf("stderr: %s", errOut.String())
			}
			return m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended early: %v; stderr: %s", err, errOut.String())
		default:
		}
	}
	t.Fatalf("serve printed no address: %q", out.String())
	return ""
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

func TestServeOnLoopback(t *testing.T) {
	draft := filepath.Join(t.TempDir(), "notice.txt")
	if err := os.WriteFile(draft, []byte("We leverage SSO.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	addr := startServe(t, fakeSite(), "--port", "0", draft)
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatal(err)
	}
	if host != "127.0.0.1" || port == "0" {
		t.Errorf("served on %s, want 127.0.0.1 and the port picked", addr)
	}
	resp, body := get(t, "http://"+addr+"/")
	if resp.StatusCode != 200 || !strings.Contains(body, "<title>dejargon</title>") {
		t.Errorf("page: %d %q", resp.StatusCode, body)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "connect-src 'self'") {
		t.Errorf("policy %q does not forbid remote requests", csp)
	}
	resp, _ = get(t, "http://"+addr+"/"+web.EngineFile)
	if got := resp.Header.Get("Content-Type"); got != "application/wasm" {
		t.Errorf("engine served as %q", got)
	}
	resp, body = get(t, "http://"+addr+web.DraftPath)
	if resp.StatusCode != 200 || !strings.Contains(body, `"text":"We leverage SSO.\n"`) {
		t.Errorf("draft: %d %s", resp.StatusCode, body)
	}
}

func TestServePortTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	var out, errOut bytes.Buffer
	cmd := newServeCmdWith(&streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, fakeSite())
	cmd.SetArgs([]string{"--port", port})
	err = cmd.Execute()
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:"+port+": the port is in use") || !strings.Contains(err.Error(), "--port") {
		t.Fatalf("error %v, want one saying the port is in use and naming --port", err)
	}
	if exitCode(err) != exitError {
		t.Errorf("exit status %d, want %d", exitCode(err), exitError)
	}
	if out.Len() > 0 {
		t.Errorf("printed %q though nothing is served", out.String())
	}
}

func TestServeListenNamesAddress(t *testing.T) {
	addr := startServe(t, fakeSite(), "--listen", "127.0.0.1:0")
	if !strings.HasPrefix(addr, "127.0.0.1:") {
		t.Errorf("served on %s", addr)
	}
}

func TestServeUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--port", "70000"}, "--port 70000"},
		{[]string{"--listen", "nonsense"}, "want host:port"},
		{[]string{"--listen", ":8080"}, "name the host"},
		{[]string{"--listen", "127.0.0.1:x"}, "not a port"},
		{[]string{"--listen", "127.0.0.1:0", "--port", "1"}, "leave out --port"},
		{[]string{"--write", "dir", "file.txt"}, "name no file"},
		{[]string{"a.txt", "b.txt"}, "accepts at most 1 arg"},
	}
	for _, tt := range tests {
		cmd := newServeCmdWith(&streams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard}, fakeSite())
		cmd.SetArgs(tt.args)
		err := cmd.Execute()
		if err == nil || !strings.Contains(err.Error(), tt.want) || exitCode(err) != exitError {
			t.Errorf("%v: error %v, want exit 2 and %q", tt.args, err, tt.want)
		}
	}
}

func TestServeWithoutEngine(t *testing.T) {
	site := fakeSite()
	delete(site, web.EngineFile)
	cmd := newServeCmdWith(&streams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard}, site)
	cmd.SetArgs([]string{"--port", "0"})
	err := cmd.Execute()
	if !errors.Is(err, web.ErrNoEngine) || !strings.Contains(err.Error(), "go generate ./web") || exitCode(err) != exitError {
		t.Errorf("error %v, want exit 2 saying how to build the engine", err)
	}
}

func TestServeWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	var out bytes.Buffer
	cmd := newServeCmdWith(&streams{In: strings.NewReader(""), Out: &out, ErrOut: io.Discard}, fakeSite())
	cmd.SetArgs([]string{"--write", dir})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	for name, f := range fakeSite() {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil || !bytes.Equal(data, f.Data) {
			t.Errorf("%s: %v, %q", name, err, data)
		}
	}
	if !strings.Contains(out.String(), "wrote the page to "+dir) {
		t.Errorf("output %q", out.String())
	}

}
