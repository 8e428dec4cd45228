package report

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/baseline"
	ruleset "github.com/dejargon/dejargon/lint/rules"
)

// SARIF prints the report as a SARIF 2.1.0 log, the format GitHub code
// scanning, Azure DevOps and most IDE result viewers import. There is one
// rule object per rule id, every result carries a region with start and end
// line and column, and a result whose replacement is safe to apply without
// a person's judgement carries it as a fix.
//
// GitHub code scanning rejects a run of more than 25,000 results, so with
// MaxResults set the log keeps the most severe results and a notification
// says what was left out. Each result carries a partial fingerprint built
// from the baseline's key, stable when lines move. Rules are listed in the
// order they first occur, which is the order ruleIndex counts in.
type SARIF struct {
	// ToolVersion is written as the driver's version; empty writes
	// "devel".
	ToolVersion string
	// MaxResults caps the results of the log, the most severe kept
	// (0: no cap). New sets it to SARIFMaxResults.
	MaxResults int

	kept    map[glossary.Severity][]sarifPending
	total   int // findings received
	dropped map[glossary.Severity]int
	enc     jsonEncoder
	// seen counts the current file's findings by fingerprint key, across
	// the batches the file comes in.
	seen map[string]int
}

// SARIFMaxResults is the most results GitHub code scanning accepts in one
// run; it rejects a larger upload whole. See "SARIF support for code
// scanning" in GitHub's documentation.
const SARIFMaxResults = 25000

// sarifPending is a finding kept for the log, with its fingerprint, which
// depends on the findings before it in its file.
type sarifPending struct {
	f           lint.Finding
	fingerprint string
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
		RuleID    string          `json:"ruleId"`
		RuleIndex int             `json:"ruleIndex"`
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations"`
		Fixes     []sarifFix      `json:"fixes,omitempty"`
		// PartialFingerprints identify the result across runs.
		PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
		Properties          *sarifResultProps `json:"properties,omitempty"`
	}
	sarifResultProps struct {
		Term        string   `json:"term"`
		Suggestions []string `json:"suggestions,omitempty"`
		Occurrences int      `json:"occurrences,omitempty"`
		// Part, PartOffset and PartLength place a finding in a Word or
		// OpenDocument file: the XML part and the bytes within it.
		Part       string `json:"part,omitempty"`
		PartOffset *int   `json:"partByteOffset,omitempty"`
		PartLength *int   `json:"partByteLength,omitempty"`
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
		StartLine   int `json:"startLine,omitempty"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
		// The byte range is left out for a finding in a Word or
		// OpenDocument file, whose offsets count in an XML part inside
		// the zip (the result's part properties), not in the file.
		ByteOffset *int       `json:"byteOffset,omitempty"`
		ByteLength *int       `json:"byteLength,omitempty"`
		Snippet    *sarifText `json:"snippet,omitempty"`
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
func (s *SARIF) Format(w io.Writer, r *Report) error { return stream(s, w, r) }

// WriteFile takes one file's findings. Results are written at Finish, when
// it is known which fit under MaxResults: while over the cap, the least
// severe finding held, the last in path order, makes way, so memory stays
// bounded by the cap whatever the size of the tree.
func (s *SARIF) WriteFile(_ io.Writer, findings []lint.Finding) error {
	if s.kept == nil {
		s.kept = map[glossary.Severity][]sarifPending{}
		s.dropped = map[glossary.Severity]int{}
	}
	if s.seen == nil {
		s.seen = map[string]int{}
	}
	for i := range findings {
		f := &findings[i]
		s.total++
		key := baseline.FingerprintKey(f)
		s.seen[key]++
		s.kept[f.Severity] = append(s.kept[f.Severity], sarifPending{f: *f, fingerprint: fingerprint(key, s.seen[key])})
		if s.MaxResults > 0 && s.total-s.droppedCount() > s.MaxResults {
			s.dropLeastSevere()
		}
	}
	return nil
}

// EndFile ends the current file: the next file counts its fingerprints
// afresh.
func (s *SARIF) EndFile(io.Writer) error {
	s.seen = nil
	return nil
}

func (s *SARIF) droppedCount() int {
	n := 0
	for _, c := range s.dropped {
		n += c
	}
	return n
}

// dropLeastSevere lets go of the last finding of the lowest severity held.
func (s *SARIF) dropLeastSevere() {
	for i := len(glossary.Severities) - 1; i >= 0; i-- {
		sev := glossary.Severities[i]
		if n := len(s.kept[sev]); n > 0 {
			s.kept[sev] = s.kept[sev][:n-1]
			s.dropped[sev]++
			return
		}
	}
}

// fingerprint is the result's partialFingerprints value: a hash of the
// key the baseline records a finding by (path, rule, term and the words
// around it, never the line), and which of the file's findings with that
// key it is. Code scanning then matches an alert across runs when lines
// move, instead of opening it again.
func fingerprint(key string, nth int) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:16]) + ":" + strconv.Itoa(nth)
}

// Finish writes the log: the results kept, in path order, the tool with
// the rules they use, and the invocation, with a notification for each
// file that could not be checked and one saying what the cap left out.
func (s *SARIF) Finish(w io.Writer, _ Summary, notices []FileError) error {
	var pending []sarifPending
	for _, sev := range glossary.Severities {
		pending = append(pending, s.kept[sev]...)
	}
	sort.SliceStable(pending, func(i, j int) bool { return pending[i].f.Less(&pending[j].f) })

	bw := bufio.NewWriter(w)
	bw.WriteString("{\n  \"$schema\": \"" + sarifSchemaURI + "\",\n  \"version\": \"" + sarifVersion + "\",\n  \"runs\": [\n    {\n")
	// Columns count Unicode characters, as every dejargon position does,
	// not UTF-16 code units.
	bw.WriteString("      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [")
	var rules []string
	index := map[string]int{}
	levels := map[string]glossary.Severity{}
	for i := range pending {
		f := &pending[i].f
		if _, ok := index[f.Rule]; !ok {
			index[f.Rule] = len(rules)
			rules = append(rules, f.Rule)
			levels[f.Rule] = f.Severity
		}
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n        ")
		res := sarifResultFor(f, index)
		res.PartialFingerprints = map[string]string{fingerprintName: pending[i].fingerprint}
		if err := s.enc.encodeIndented(bw, res, "        "); err != nil {
			return err
		}
	}
	if len(pending) > 0 {
		bw.WriteString("\n      ")
	}
	bw.WriteString("],\n      \"tool\": ")
	tool := sarifTool{Driver: sarifDriver{
		Name: "dejargon", Version: driverVersion(s.ToolVersion), InformationURI: toolURI, Rules: ruleObjects(rules, levels),
	}}
	if err := s.enc.encodeIndented(bw, tool, "      "); err != nil {
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
	if n := s.droppedCount(); n > 0 {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:   "warning",
			Message: sarifText{Text: s.cutMessage(len(pending))},
		})
	}
	bw.WriteString(",\n      \"invocations\": ")
	if err := s.enc.encodeIndented(bw, []sarifInvocation{inv}, "      "); err != nil {
		return err
	}
	bw.WriteString("\n    }\n  ]\n}\n")
	return bw.Flush()
}

// fingerprintName names dejargon's fingerprint, versioned so a change of
// key can never be mistaken for the old one.
const fingerprintName = "dejargonKey/v1"

// cutMessage says what the cap left out, by severity.
func (s *SARIF) cutMessage(written int) string {
	var parts []string
	for _, sev := range glossary.Severities {
		if n := s.dropped[sev]; n > 0 {
			parts = append(parts, plural(n, string(sev)))
		}
	}
	return fmt.Sprintf("This log holds %d of %d results, the most severe: GitHub code scanning accepts at most %d results in a run. Left out: %s. Run dejargon check with another format, or --fail-on, to see them all.",
		written, s.total, s.MaxResults, strings.Join(parts, ", "))
}

// driverVersion is v without a leading "v", or "devel" for a build that
// knows no version: SARIF viewers compare versions by their leading
// number, and sarif-multitool warns about a driver with no version.
func driverVersion(v string) string {
	if v == "" {
		return "devel"
	}
	if t := strings.TrimPrefix(v, "v"); t != "" && t[0] >= '0' && t[0] <= '9' {
		return t
	}
	return v
}

// ruleObjects describes the rules seen, in the order they first occurred,
// with the severity of each one's first finding as its default level.
func ruleObjects(ids []string, levels map[string]glossary.Severity) []sarifRule {
	rules := make([]sarifRule, len(ids))
	for i, id := range ids {
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
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(levels[id])},
			Properties:           map[string][]string{"tags": {"plain-language", "documentation"}},
		}
	}
	return rules
}

func sarifResultFor(f *lint.Finding, index map[string]int) sarifResult {
	uri := artifactURI(f.Path)
	region := sarifRegion{
		StartLine: f.Line, StartColumn: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn,
	}
	if f.Part == "" {
		region.ByteOffset, region.ByteLength = &f.Offset, &f.Length
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
	if f.Part != "" {
		// Where in the package the words are: the part, and the bytes of
		// its XML. A fix's edits count there too, which no SARIF
		// consumer can apply to the zip; `dejargon fix` does.
		res.Properties.Part, res.Properties.PartOffset, res.Properties.PartLength = f.Part, &f.Offset, &f.Length
		return res
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
	r := sarifRegion{ByteOffset: &e.Offset, ByteLength: &e.Length}
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
