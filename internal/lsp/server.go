// Package lsp is dejargon's language server: LSP 3.17 over a byte stream
// (stdio for `dejargon lsp`). It checks the editor's buffers as they are
// typed, with the same readers, config resolution and linter as `dejargon
// check`, and serves hovers and the findings' own fixes as code actions.
package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sync"
	"time"
)

// DefaultDebounce is how long the server waits after a keystroke before
// checking, so a burst of typing costs one check.
const DefaultDebounce = 150 * time.Millisecond

// Options configure a server.
type Options struct {
	// Version is reported to the client in serverInfo.
	Version string
	// Debounce is the wait after a change before checking; zero means
	// DefaultDebounce, a negative value no wait.
	Debounce time.Duration
	// Log receives what the server cannot tell the client (a message it
	// could not decode, a failed write); nil discards it.
	Log io.Writer
}

// ErrNoShutdown is returned when the client said exit (or closed the
// stream) without asking for shutdown first; LSP asks for exit status 1.
var ErrNoShutdown = errors.New("exit without shutdown")

// Server is one language server session.
type Server struct {
	out      *writer
	opts     Options
	debounce time.Duration

	mu          sync.Mutex
	initialized bool
	shutdown    bool
	enc         encoding
	caps        clientCapabilities
	roots       []string
	settings    settings
	ws          *workspace
	docs        map[string]*document
	inflight    map[string]context.CancelFunc
	nextID      int
	// requests counts requests being worked on, which shutdown answers
	// before it answers itself.
	requests sync.WaitGroup
	// beforeRequest, when set, runs before a request's work starts; tests
	// use it to cancel a request at a known moment.
	beforeRequest func(method string)
}

// Serve runs a session reading from in and writing to out until the
// client says exit or closes in. It returns nil after shutdown and exit,
// ErrNoShutdown when either was skipped, or a read error.
func Serve(ctx context.Context, in io.Reader, out io.Writer, opts Options) error {
	return newServer(out, opts).run(ctx, in)
}

func newServer(out io.Writer, opts Options) *Server {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	d := opts.Debounce
	switch {
	case d == 0:
		d = DefaultDebounce
	case d < 0:
		d = 0
	}
	return &Server{
		out:      &writer{w: out},
		opts:     opts,
		debounce: d,
		enc:      utf16Encoding,
		docs:     map[string]*document{},
		inflight: map[string]context.CancelFunc{},
	}
}

func (s *Server) run(ctx context.Context, in io.Reader) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer s.closeAll()
	r := bufio.NewReaderSize(in, 64<<10)
	for {
		body, err := readMessage(r)
		if errors.Is(err, io.EOF) {
			return ErrNoShutdown
		}
		if err != nil {
			return err
		}
		var m message
		if err := json.Unmarshal(body, &m); err != nil {
			s.logf("undecodable message: %v", err)
			s.replyError(json.RawMessage("null"), codeParseError, "parse error: "+err.Error())
			continue
		}
		if m.Method == "exit" {
			s.mu.Lock()
			down := s.shutdown
			s.mu.Unlock()
			if !down {
				return ErrNoShutdown
			}
			return nil
		}
		s.dispatch(ctx, &m)
	}
}

// dispatch handles one message. Notifications that change documents are
// applied here, in the order they arrive; requests that may take long run
// on their own goroutine so they can be cancelled.
func (s *Server) dispatch(ctx context.Context, m *message) {
	if m.Method == "" {
		return // a response to one of our requests; nothing waits for it
	}
	s.mu.Lock()
	initialized, down := s.initialized, s.shutdown
	s.mu.Unlock()
	if m.isRequest() {
		switch {
		case m.Method == "initialize":
			if initialized {
				s.replyError(m.ID, codeInvalidRequest, "initialize was already called")
				return
			}
			s.reply(m.ID, s.initialize(m.Params))
			return
		case !initialized:
			s.replyError(m.ID, codeServerNotInitialized, "the server is not initialized")
			return
		case down:
			s.replyError(m.ID, codeInvalidRequest, "the server is shutting down")
			return
		}
	} else if !initialized {
		return // notifications before initialize are dropped, as LSP says
	}
	switch m.Method {
	case "shutdown":
		s.requests.Wait()
		s.mu.Lock()
		s.shutdown = true
		s.mu.Unlock()
		s.reply(m.ID, nil)
	case "initialized":
		s.registerWatchers()
	case "textDocument/didOpen":
		var p didOpenParams
		if s.decode(m, &p) {
			s.didOpen(&p)
		}
	case "textDocument/didChange":
		var p didChangeParams
		if s.decode(m, &p) {
			s.didChange(&p)
		}
	case "textDocument/didSave":
		var p didSaveParams
		if s.decode(m, &p) {
			s.didSave(&p)
		}
	case "textDocument/didClose":
		var p didCloseParams
		if s.decode(m, &p) {
			s.didClose(&p)
		}
	case "workspace/didChangeConfiguration":
		var p didChangeConfigurationParams
		if s.decode(m, &p) {
			s.didChangeConfiguration(&p)
		}
	case "workspace/didChangeWatchedFiles":
		var p didChangeWatchedFilesParams
		if s.decode(m, &p) {
			s.reload()
		}
	case "$/cancelRequest":
		var p cancelParams
		if s.decode(m, &p) {
			s.cancel(p.ID)
		}
	case "textDocument/hover":
		var p textDocumentPositionParams
		if s.decode(m, &p) {
			snap := s.snapshot(p.TextDocument.URI)
			s.async(ctx, m, func(ctx context.Context) (any, error) { return s.hover(ctx, snap, p.Position) })
		}
	case "textDocument/codeAction":
		var p codeActionParams
		if s.decode(m, &p) {
			snap := s.snapshot(p.TextDocument.URI)
			s.async(ctx, m, func(ctx context.Context) (any, error) { return s.codeActions(ctx, snap, &p) })
		}
	default:
		if m.isRequest() {
			s.replyError(m.ID, codeMethodNotFound, "method not found: "+m.Method)
		}
	}
}

// decode reads a message's params, answering a request whose params do
// not fit with InvalidParams.
func (s *Server) decode(m *message, v any) bool {
	if len(m.Params) == 0 {
		m.Params = json.RawMessage("{}")
	}
	if err := json.Unmarshal(m.Params, v); err != nil {
		if m.isRequest() {
			s.replyError(m.ID, codeInvalidParams, fmt.Sprintf("%s: %v", m.Method, err))
		} else {
			s.logf("%s: %v", m.Method, err)
		}
		return false
	}
	return true
}

// async runs a request's work on its own goroutine; $/cancelRequest
// cancels its context, and a cancelled request is answered with
// RequestCancelled whatever its work returned.
func (s *Server) async(ctx context.Context, m *message, work func(context.Context) (any, error)) {
	ctx, cancel := context.WithCancel(ctx)
	key := string(m.ID)
	s.mu.Lock()
	s.inflight[key] = cancel
	hook := s.beforeRequest
	s.mu.Unlock()
	s.requests.Add(1)
	go func() {
		defer s.requests.Done()
		defer func() {
			s.mu.Lock()
			delete(s.inflight, key)
			s.mu.Unlock()
			cancel()
		}()
		if hook != nil {
			hook(m.Method)
		}
		var res any
		err := ctx.Err()
		if err == nil {
			res, err = work(ctx)
		}
		if ctx.Err() != nil {
			s.replyError(m.ID, codeRequestCancelled, "request cancelled")
			return
		}
		if err != nil {
			s.replyError(m.ID, codeInternalError, err.Error())
			return
		}
		s.reply(m.ID, res)
	}()
}

func (s *Server) cancel(id json.RawMessage) {
	s.mu.Lock()
	cancel := s.inflight[string(id)]
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

func (s *Server) initialize(raw json.RawMessage) initializeResult {
	var p initializeParams
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &p); err != nil {
			s.logf("initialize: %v", err)
		}
	}
	offered := p.Capabilities.General.PositionEncodings
	legacy := len(offered) == 0 && len(p.Capabilities.OffsetEncoding) > 0
	if legacy {
		offered = p.Capabilities.OffsetEncoding
	}
	var roots []string
	for _, f := range p.WorkspaceFolders {
		if path, ok := uriToPath(f.URI); ok {
			roots = append(roots, path)
		}
	}
	if len(roots) == 0 {
		if path, ok := uriToPath(p.RootURI); ok {
			roots = append(roots, path)
		} else if p.RootPath != "" {
			roots = append(roots, p.RootPath)
		}
	}
	set, err := parseSettings(p.InitializationOptions)
	s.mu.Lock()
	s.initialized = true
	s.enc = negotiate(offered)
	s.caps = p.Capabilities
	s.roots = roots
	s.settings = set.resolve(roots)
	s.ws = newWorkspace(s.settings)
	s.mu.Unlock()
	if err != nil {
		s.showError(fmt.Sprintf("dejargon: initialization options: %v", err))
	}
	res := initializeResult{
		ServerInfo: serverInfo{Name: "dejargon", Version: s.opts.Version},
		Capabilities: serverCapabilities{
			PositionEncoding:   string(s.enc),
			TextDocumentSync:   textDocumentSyncOptions{OpenClose: true, Change: syncIncremental, Save: saveOptions{}},
			HoverProvider:      true,
			CodeActionProvider: codeActionOptions{CodeActionKinds: []string{kindQuickFix, kindFixAll}},
		},
	}
	if legacy {
		res.OffsetEncoding = string(s.enc)
	}
	return res
}

// registerWatchers asks the client to report changes to config files and
// glossaries, when it can; a client that cannot still makes the server
// reload when such a file is saved in the editor.
func (s *Server) registerWatchers() {
	s.mu.Lock()
	can := s.caps.Workspace.DidChangeWatchedFiles.DynamicRegistration
	s.nextID++
	id := s.nextID
	s.mu.Unlock()
	if !can {
		return
	}
	s.send(request{JSONRPC: "2.0", ID: id, Method: "client/registerCapability", Params: registrationParams{
		Registrations: []registration{{
			ID:     "dejargon-watch",
			Method: "workspace/didChangeWatchedFiles",
			RegisterOptions: didChangeWatchedFilesRegistrationOptions{Watchers: []fileSystemWatcher{
				{GlobPattern: "**/.dejargon.{yaml,yml}"},
				{GlobPattern: "**/*.{yaml,yml}"},
			}},
		}},
	}})
}

func (s *Server) didChangeConfiguration(p *didChangeConfigurationParams) {
	var wrapper struct {
		Dejargon json.RawMessage `json:"dejargon"`
	}
	if len(p.Settings) > 0 && json.Unmarshal(p.Settings, &wrapper) == nil && len(wrapper.Dejargon) > 0 {
		set, err := parseSettings(wrapper.Dejargon)
		if err != nil {
			s.showError(fmt.Sprintf("dejargon: settings: %v", err))
			return
		}
		s.mu.Lock()
		s.settings = set.resolve(s.roots)
		s.mu.Unlock()
	}
	s.reload()
}

// reload forgets every config file and glossary read so far and checks
// every open document again.
func (s *Server) reload() {
	s.mu.Lock()
	old := s.ws
	s.ws = newWorkspace(s.settings)
	docs := make([]*document, 0, len(s.docs))
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	s.mu.Unlock()
	for _, uri := range old.problemURIs() {
		s.publish(publishDiagnosticsParams{URI: uri, Diagnostics: []diagnostic{}})
	}
	for _, d := range docs {
		s.schedule(d, 0)
	}
}

// isConfigOrGlossary says whether saving path may change what the
// server checks with.
func isConfigOrGlossary(path string) bool {
	ext := filepath.Ext(path)
	return ext == ".yaml" || ext == ".yml"
}

func (s *Server) reply(id json.RawMessage, result any) {
	s.send(response{JSONRPC: "2.0", ID: id, Result: result})
}

func (s *Server) replyError(id json.RawMessage, code int, msg string) {
	s.send(errorResponse{JSONRPC: "2.0", ID: id, Error: &rpcError{Code: code, Message: msg}})
}

func (s *Server) notify(method string, params any) {
	s.send(notification{JSONRPC: "2.0", Method: method, Params: params})
}

func (s *Server) send(v any) {
	if err := s.out.write(v); err != nil {
		s.logf("writing: %v", err)
	}
}

func (s *Server) publish(p publishDiagnosticsParams) {
	s.notify("textDocument/publishDiagnostics", p)
}

func (s *Server) showError(msg string) {
	s.notify("window/showMessage", showMessageParams{Type: messageError, Message: msg})
}

func (s *Server) logf(format string, args ...any) {
	fmt.Fprintf(s.opts.Log, "dejargon lsp: "+format+"\n", args...)
}
