package lsp

import (
	"errors"
	"fmt"
	"sort"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/report"
)

// input is everything a check needs, copied out of a document under the
// server's lock so the check itself runs without it.
type input struct {
	uri        string
	name       string
	configPath string
	typ        reader.Type
	version    int32
	text       string
	enc        encoding
	ws         *workspace
	roots      []string
	caps       clientCapabilities
}

func (s *Server) inputOf(d *document) input {
	return input{
		uri:        d.uri,
		name:       d.name(),
		configPath: d.configPath(s.roots),
		typ:        d.typ,
		version:    d.version,
		text:       d.text,
		enc:        s.enc,
		ws:         s.ws,
		roots:      s.roots,
		caps:       s.caps,
	}
}

// checked is the result of checking one version of a document.
type checked struct {
	version int32
	text    string
	typ     reader.Type
	lines   *lineIndex
	// findings are check's findings; diags[i] is findings[i] for LSP.
	findings []lint.Finding
	diags    []diagnostic
	// terms are every glossary term in the text, flagged or not, for hover.
	terms    []termSpan
	audience glossary.Audience
	// linter is the linter the text was checked with, or nil.
	linter *lint.Linter
	// config is the config file that applies (absolute), or "".
	config string
	// err says why the text could not be checked (a broken config).
	err error
}

// termSpan is a glossary term's place in the text.
type termSpan struct {
	start, end int
	entry      *glossary.Entry
}

// lint checks in's text: the same reader, config and linter as check.
func (s *Server) lint(in input) *checked {
	c := &checked{version: in.version, text: in.text, typ: in.typ, lines: newLineIndex(in.text)}
	l, cfg, err := in.ws.linter(in.configPath)
	if err != nil {
		c.err = err
		return c
	}
	c.config, c.linter = cfg, l
	c.audience = l.Profile().Audience
	doc, err := reader.Read(in.name, []byte(in.text), reader.Options{Type: in.typ})
	if errors.Is(err, reader.ErrBinary) {
		return c
	}
	if err != nil {
		c.err = err
		return c
	}
	findings, a := l.CheckAnalysis(doc)
	c.findings = findings
	c.diags = make([]diagnostic, len(findings))
	for i := range findings {
		c.diags[i] = diagnosticFor(&findings[i], c.lines, in.enc)
	}
	c.terms = termsOf(a)
	return c
}

// termsOf lists every glossary match of an analysis in source order.
func termsOf(a *lint.Analysis) []termSpan {
	var out []termSpan
	for i := range a.Segments {
		sa := &a.Segments[i]
		for _, m := range sa.Matches {
			from, to := sa.Segment.SourceSpan(sa.Tokens[m.First].Start, sa.Tokens[m.Last].End)
			out = append(out, termSpan{start: from, end: to, entry: m.Entry})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

func diagnosticFor(f *lint.Finding, li *lineIndex, enc encoding) diagnostic {
	return diagnostic{
		Range:           li.span(f.Offset, f.Length, enc),
		Severity:        severityOf(f.Severity),
		Code:            f.Rule,
		CodeDescription: &codeDescription{Href: report.RuleHelpURI(f.Rule)},
		Source:          "dejargon",
		Message:         f.Message,
	}
}

// severityOf maps dejargon's severities to LSP's: a suggestion is
// information, shown but not alarming.
func severityOf(s glossary.Severity) int {
	switch s {
	case glossary.Error:
		return severityError
	case glossary.Warning:
		return severityWarning
	}
	return severityInformation
}

// publishChecked sends a check's diagnostics. A text that could not be
// checked gets one diagnostic saying why, and the config or glossary at
// fault gets diagnostics at the places its error names, with a message
// shown once: the server stays up and says what to fix.
func (s *Server) publishChecked(uri string, c *checked) {
	v := c.version
	if c.err == nil {
		s.publish(publishDiagnosticsParams{URI: uri, Version: &v, Diagnostics: c.diags})
		return
	}
	s.mu.Lock()
	ws, enc := s.ws, s.enc
	s.mu.Unlock()
	msg := fmt.Sprintf("dejargon: not checked: %v", c.err)
	s.publish(publishDiagnosticsParams{URI: uri, Version: &v, Diagnostics: []diagnostic{{
		Range:    lspRange{},
		Severity: severityError,
		Code:     "config",
		Source:   "dejargon",
		Message:  msg,
	}}})
	for file, diags := range ws.problemDiagnostics(c.err, enc) {
		ws.addProblem(file)
		s.publish(publishDiagnosticsParams{URI: file, Diagnostics: diags})
	}
	if ws.firstShow(msg) {
		s.showError(msg)
	}
}
