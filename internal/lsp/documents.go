package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dejargon/dejargon/lint/reader"
)

// document is one buffer the client has open: its text as the editor has
// it (saved or not) and the state of its checking.
type document struct {
	uri  string
	path string // the file's path, or "" when the buffer is not a file
	typ  reader.Type

	// The fields below are guarded by Server.mu.
	version int32
	text    string
	timer   *time.Timer
	// running says a check of this document is under way; dirty that
	// another was asked for meanwhile. One check per document runs at a
	// time, and a check whose text has changed since is thrown away.
	running, dirty, closed bool
	checked                *checked
}

// languageTypes maps the language ids editors use to readers; a buffer
// with any other id is read by its file name, as check does.
var languageTypes = map[string]reader.Type{
	"markdown":     reader.Markdown,
	"mdx":          reader.Markdown,
	"markdown.mdx": reader.Markdown,
	"html":         reader.HTML,
	"plaintext":    reader.Text,
	"text":         reader.Text,
	"email":        reader.Email,
	"eml":          reader.Email,
	"mail":         reader.Email,
}

func readerType(languageID, name string) reader.Type {
	if t, ok := languageTypes[strings.ToLower(languageID)]; ok {
		return t
	}
	return reader.Detect(name)
}

// configPath is the path config discovery starts from: the file itself,
// or for a buffer that is not a file, one in the first workspace folder.
func (d *document) configPath(roots []string) string {
	if d.path != "" {
		return d.path
	}
	dir := "."
	if len(roots) > 0 {
		dir = roots[0]
	} else if wd, err := os.Getwd(); err == nil {
		dir = wd
	}
	return filepath.Join(dir, "untitled")
}

// name is the document's name for the reader and in findings.
func (d *document) name() string {
	if d.path != "" {
		return d.path
	}
	return d.uri
}

func (s *Server) didOpen(p *didOpenParams) {
	item := p.TextDocument
	path, _ := uriToPath(item.URI)
	d := &document{uri: item.URI, path: path, version: item.Version, text: item.Text}
	name := path
	if name == "" {
		name = item.URI
	}
	d.typ = readerType(item.LanguageID, name)
	s.mu.Lock()
	if old := s.docs[item.URI]; old != nil {
		old.closed = true
		if old.timer != nil {
			old.timer.Stop()
		}
	}
	s.docs[item.URI] = d
	s.mu.Unlock()
	s.schedule(d, 0)
}

func (s *Server) didChange(p *didChangeParams) {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	if d == nil {
		s.mu.Unlock()
		s.logf("change to a document that is not open: %s", p.TextDocument.URI)
		return
	}
	text := d.text
	for _, c := range p.ContentChanges {
		if c.Range == nil {
			text = c.Text
			continue
		}
		li := newLineIndex(text)
		start, end := li.offset(c.Range.Start, s.enc), li.offset(c.Range.End, s.enc)
		if end < start {
			start, end = end, start
		}
		text = text[:start] + c.Text + text[end:]
	}
	d.text = text
	if p.TextDocument.Version != nil {
		d.version = *p.TextDocument.Version
	} else {
		d.version++
	}
	delay := s.debounce
	if s.settings.DebounceMs != nil {
		delay = time.Duration(*s.settings.DebounceMs) * time.Millisecond
	}
	s.mu.Unlock()
	s.schedule(d, delay)
}

func (s *Server) didSave(p *didSaveParams) {
	uri := p.TextDocument.URI
	if path, ok := uriToPath(uri); ok && isConfigOrGlossary(path) {
		s.reload()
		return
	}
	s.mu.Lock()
	d := s.docs[uri]
	if d != nil && p.Text != nil && *p.Text != d.text {
		d.text = *p.Text
		d.version++
	}
	s.mu.Unlock()
	if d != nil {
		s.schedule(d, 0)
	}
}

func (s *Server) didClose(p *didCloseParams) {
	s.mu.Lock()
	d := s.docs[p.TextDocument.URI]
	if d != nil {
		d.closed = true
		if d.timer != nil {
			d.timer.Stop()
		}
		delete(s.docs, p.TextDocument.URI)
	}
	s.mu.Unlock()
	if d != nil {
		// A closed buffer's problems leave the editor's list with it.
		s.publish(publishDiagnosticsParams{URI: p.TextDocument.URI, Diagnostics: []diagnostic{}})
	}
}

// closeAll stops every pending check when the session ends.
func (s *Server) closeAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range s.docs {
		d.closed = true
		if d.timer != nil {
			d.timer.Stop()
		}
	}
}

// schedule checks d after delay, replacing a check already waiting, so a
// burst of changes costs one check.
func (s *Server) schedule(d *document, delay time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d.closed {
		return
	}
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(delay, func() { s.runCheck(d) })
}

// runCheck checks d's current text and publishes the diagnostics, unless
// the text changed while it was being checked: then those findings are
// stale and the newer text's check publishes instead.
func (s *Server) runCheck(d *document) {
	s.mu.Lock()
	ws := s.ws
	s.mu.Unlock()
	if ws.changed() {
		s.reload() // which checks d again, with the new settings
		return
	}
	s.mu.Lock()
	if d.closed {
		s.mu.Unlock()
		return
	}
	if d.running {
		d.dirty = true
		s.mu.Unlock()
		return
	}
	d.running = true
	in := s.inputOf(d)
	s.mu.Unlock()

	c := s.lint(in)

	s.mu.Lock()
	current := !d.closed && d.version == in.version && d.text == in.text
	if current {
		d.checked = c
	}
	s.mu.Unlock()
	if current {
		s.publishChecked(d.uri, c)
	}
	s.mu.Lock()
	d.running = false
	again := d.dirty && !d.closed
	d.dirty = false
	s.mu.Unlock()
	if again {
		s.schedule(d, 0)
	}
}

// snapshot is a document as it was when a request arrived.
type snapshot struct {
	input
	// checked is the document's check when it is of this very text.
	checked *checked
}

// snapshot returns the document at uri as it is now, or nil.
func (s *Server) snapshot(uri string) *snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	d := s.docs[uri]
	if d == nil {
		return nil
	}
	snap := &snapshot{input: s.inputOf(d)}
	if c := d.checked; c != nil && c.version == d.version && c.text == d.text {
		snap.checked = c
	}
	return snap
}

// current returns the check of the snapshot's text, checking it now if
// the last check was of other text.
func (s *Server) current(snap *snapshot) *checked {
	if snap.checked != nil {
		return snap.checked
	}
	return s.lint(snap.input)
}
