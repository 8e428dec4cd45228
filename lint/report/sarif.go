package report

import (
	"bufio"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	ruleset "github.com/dejargon/dejargon/lint/rules"
)

// SARIF prints the report as a SARIF 2.1.0 log, the format GitHub code
// scanning, Azure DevOps and most IDE result viewers import. There is one
// rule object per rule id, every result carries a region with start and end
// line and column, and a result whose replacement is safe to apply without
// a person's judgement carries it as a fix.
//
// The log is written piece by piece, results as their files are done, so a
// large tree is never held in memory whole: the run's results come first
// and its tool, with the rules seen, and invocation last (the order of a
// JSON object's keys carries no meaning). Rules are listed in the order
// they first occur, which is the order ruleIndex counts in.
type SARIF struct {
	// ToolVersion is written as the driver's version.
	ToolVersion string

	started bool
	any     bool // a result was written, so the next needs a comma
	rules   []string
	index   map[string]int
	levels  map[string]glossary.Severity
}

const (
	sarifVersion   = "2.1.0"
	sarifSchemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
	toolURI        = "https://github.com/dejargon/dejargon"
	rulesHelpURI   = toolURI + "#what-it-finds"
)

// The SARIF objects dejargon writes: a small, typed subset of the format.
type (
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID string `json:"id"`
		// Name is a readable identifier; SARIF asks that it differ from ID.
		Name                 string              `json:"name,omitempty"`
		ShortDescription     sarifText           `json:"shortDescription"`
		FullDescription      sarifText           `json:"fullDescription"`
		Help                 sarifText           `json:"help"`
		HelpURI              string              `json:"helpUri"`
		DefaultConfiguration sarifRuleConfig     `json:"defaultConfiguration"`
		Properties           map[string][]string `json:"properties,omitempty"`
	}
	sarifRuleConfig struct {
		Level string `json:"level"`
	}
	sarifText struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
	sarifResult struct {
		RuleID     string            `json:"ruleId"`
		RuleIndex  int               `json:"ruleIndex"`
		Level      string            `json:"level"`
		Message    sarifText         `json:"message"`
		Locations  []sarifLocation   `json:"locations"`
		Fixes      []sarifFix        `json:"fixes,omitempty"`
		Properties *sarifResultProps `json:"properties,omitempty"`
	}
	sarifResultProps struct {
		Term        string   `json:"term"`
		Suggestions []string `json:"suggestions,omitempty"`
		Occurrences int      `json:"occurrences,omitempty"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region,omitempty"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int        `json:"startLine,omitempty"`
		StartColumn int        `json:"startColumn,omitempty"`
		EndLine     int        `json:"endLine,omitempty"`
		EndColumn   int        `json:"endColumn,omitempty"`
		ByteOffset  int        `json:"byteOffset"`
		ByteLength  int        `json:"byteLength"`
		Snippet     *sarifText `json:"snippet,omitempty"`
	}
	sarifFix struct {
		Description     sarifText             `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifact      `json:"artifactLocation"`
		Replacements     []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion `json:"deletedRegion"`
		InsertedContent sarifText   `json:"insertedContent"`
	}
)

// Format writes r.
// Format writes r.
func (s *SARIF) Format(w io.Writer, r *Report) error { return stream(s, w, r) }

// WriteFile writes one file's findings as results.
func (s *SARIF) WriteFile(w io.Writer, findings []lint.Finding) error {
	bw := bufio.NewWriter(w)
	s.open(bw)
	for i := range findings {
		f := &findings[i]
		if _, ok := s.index[f.Rule]; !ok {
			s.index[f.Rule] = len(s.rules)
			s.rules = append(s.rules, f.Rule)
			s.levels[f.Rule] = f.Severity
		}
		if s.any {
			bw.WriteString(",")
		}
		s.any = true
		bw.WriteString("\n        ")
		if err := encodeIndented(bw, sarifResultFor(f, s.index), "        "); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Finish closes the results and writes the tool, with its rules, and the
// invocation, with a notification for each file that could not be checked.
func (s *SARIF) Finish(w io.Writer, _ Summary, notices []FileError) error {
	bw := bufio.NewWriter(w)
	s.open(bw)
	if s.any {
		bw.WriteString("\n      ")
	}
	bw.WriteString("],\n      \"tool\": ")
	tool := sarifTool{Driver: sarifDriver{
		Name: "dejargon", Version: driverVersion(s.ToolVersion), InformationURI: toolURI, Rules: s.ruleObjects(),
	}}
	if err := encodeIndented(bw, tool, "      "); err != nil {
		return err
	}
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, e := range notices {
		inv.ExecutionSuccessful = inv.ExecutionSuccessful && !e.IsError()
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:   sarifNoticeLevel(e),
			Message: sarifText{Text: e.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifact{URI: artifactURI(e.Path)},
			}}},
		})
	}
	bw.WriteString(",\n      \"invocations\": ")
	if err := encodeIndented(bw, []sarifInvocation{inv}, "      "); err != nil {
		return err
	}
	bw.WriteString("\n    }\n  ]\n}\n")
	return bw.Flush()
}

func (s *SARIF) open(w *bufio.Writer) {
	if s.started {
		return
	}
	s.started = true
	s.index = map[string]int{}
	s.levels = map[string]glossary.Severity{}
	w.WriteString("{\n  \"$schema\": \"" + sarifSchemaURI + "\",\n  \"version\": \"" + sarifVersion + "\",\n  \"runs\": [\n    {\n")
	// Columns count Unicode characters, as every dejargon position does,
	// not UTF-16 code units.
	w.WriteString("      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [")
}

// driverVersion is v without a leading "v", or "" (left out) for a
// development build: SARIF viewers compare versions by their leading
// number.
func driverVersion(v string) string {
	v = strings.TrimPrefix(v, "v")
	if v == "" || v[0] < '0' || v[0] > '9' {
		return ""
	}
	return v
}

// ruleObjects describes the rules seen, in the order they first occurred,
// with the severity of each one's first finding as its default level.
func (s *SARIF) ruleObjects() []sarifRule {
	rules := make([]sarifRule, len(s.rules))
	for i, id := range s.rules {
		name, short, full := "", "dejargon rule "+id+".", "dejargon rule "+id+"."
		if r := ruleset.ByID(id); r != nil {
			name, short, full = r.Name, r.Title+".", r.Doc
		}
		rules[i] = sarifRule{
			ID:               id,
			Name:             name,
			ShortDescription: sarifText{Text: short},
			FullDescription:  sarifText{Text: full},
			Help: sarifText{
				Text:     full + " See " + rulesHelpURI + ".",
				Markdown: full + " See [what dejargon finds](" + rulesHelpURI + ").",
			},
			HelpURI:              rulesHelpURI,
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(s.levels[id])},
			Properties:           map[string][]string{"tags": {"plain-language", "documentation"}},
		}
	}
	return rules
}

func sarifResultFor(f *lint.Finding, index map[string]int) sarifResult {
	uri := artifactURI(f.Path)
	region := sarifRegion{
		StartLine: f.Line, StartColumn: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn,
		ByteOffset: f.Offset, ByteLength: f.Length,
	}
	located := region
	located.Snippet = &sarifText{Text: f.Match}
	res := sarifResult{
		RuleID:    f.Rule,
		RuleIndex: index[f.Rule],
		Level:     sarifLevel(f.Severity),
		Message:   sarifText{Text: messageWithMeaning(f)},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri}, Region: &located}}},
		Properties: &sarifResultProps{
			Term: f.Term, Suggestions: f.Suggestions, Occurrences: f.Occurrences,
		},
	}
	for _, fx := range f.Fixes {
		reps := make([]sarifReplacement, len(fx.Edits))
		for i, e := range fx.Edits {
			reps[i] = sarifReplacement{DeletedRegion: editRegion(f, region, e), InsertedContent: sarifText{Text: e.New}}
		}
		res.Fixes = append(res.Fixes, sarifFix{
			Description:     sarifText{Text: fx.Title},
			ArtifactChanges: []sarifArtifactChange{{ArtifactLocation: sarifArtifact{URI: uri}, Replacements: reps}},
		})
	}
	return res
}

// editRegion places a fix's edit: by byte offset always, and by line and
// column where the edit starts on the finding's line, which holds most
// (an edit may reach back to the article before the finding, or run on
// to the finding's end on a later line).
func editRegion(f *lint.Finding, found sarifRegion, e lint.Edit) sarifRegion {
	if e.Offset == f.Offset && e.Length == f.Length {
		return found
	}
	r := sarifRegion{ByteOffset: e.Offset, ByteLength: e.Length}
	prefix := f.LineText
	if n := f.Column - 1; n >= 0 && n <= utf8.RuneCountInString(prefix) {
		prefix = string([]rune(prefix)[:n])
	}
	lineStart := f.Offset - len(prefix)
	if e.Offset < lineStart || e.Offset > lineStart+len(f.LineText) {
		return r
	}
	r.StartLine = f.Line
	r.StartColumn = utf8.RuneCountInString(f.LineText[:e.Offset-lineStart]) + 1
	switch {
	case e.End() <= lineStart+len(f.LineText):
		r.EndLine = f.Line
		r.EndColumn = utf8.RuneCountInString(f.LineText[:e.End()-lineStart]) + 1
	case e.End() == f.Offset+f.Length:
		r.EndLine, r.EndColumn = f.EndLine, f.EndColumn
	default:
		r.StartLine, r.StartColumn = 0, 0
	}
	return r
}

// messageWithMeaning is the finding's message followed by what the term
// means, so a reviewer reading an annotation learns the term on the spot.
func messageWithMeaning(f *lint.Finding) string {
	if f.Definition == "" {
		return f.Message
	}
	return f.Message + ". Means: " + f.Definition
}

func quote(s string) string { return "\u201c" + s + "\u201d" }

// sarifLevel maps a severity to a SARIF level; a suggestion is a note.
func sarifLevel(s glossary.Severity) string {
	switch s {
	case glossary.Error:
		return "error"
	case glossary.Suggestion:
		return "note"
	}
	return "warning"
}

// artifactURI turns a path as the user named it into a URI reference:
// relative paths stay relative (code scanning resolves them against the
// repository root), absolute ones become file URIs, and characters a URI
// may not hold are percent-encoded.
func artifactURI(path string) string {
	slashed := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(slashed, "/") {
			slashed = "/" + slashed // a Windows drive path
		}
		return (&url.URL{Scheme: "file", Path: slashed}).String()
	}
	return (&url.URL{Path: slashed}).String()
}

// sarifNoticeLevel is the notification level of a FileError: a file that
// could not be checked is an error, a skipped file a warning (it was not
// checked, though nothing failed), a caveat a note.
func sarifNoticeLevel(e FileError) string {
	switch {
	case e.IsError():
		return "error"
	case e.Kind == KindSkipped:
		return "warning"
	}
	return "note"
}
