package report

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/rules"
)

// sarifSchemaPath is the official SARIF 2.1.0 schema, kept in testdata
// (see testdata/sarif/README.md).
const sarifSchemaPath = "../../testdata/sarif/sarif-schema-2.1.0.json"

func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(sarifSchemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", sarifSchemaPath, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // uri, uri-reference and the rest are checked too
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	return s
}

func sarifOf(t *testing.T, r *Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (&SARIF{ToolVersion: "1.2.3"}).Format(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSARIFMatchesSchema validates logs of every shape dejargon writes
// against the official schema.
func TestSARIFMatchesSchema(t *testing.T) {
	schema := compileSARIFSchema(t)
	odd := lint.Finding{Path: `C:\docs\we ird%20#name?.md`, Line: 3, Column: 2, EndLine: 4, EndColumn: 1,
		Offset: 40, Length: 9, Rule: "readability", Severity: glossary.Suggestion, Term: "x", Match: "long\nline",
		Message: "a message with \"quotes\"\nand a line break", Suggestions: []string{}}
	reports := map[string]*Report{
		"empty":                              {},
		"findings and errors":                machineReport(t),
		"unknown rule, odd path, multi-line": {FilesChecked: 1, Findings: []lint.Finding{odd}},
		"absolute path":                      {Findings: []lint.Finding{{Path: "/srv/docs/a b.md", Line: 1, Column: 1, EndLine: 1, EndColumn: 4, Length: 3, Rule: "jargon", Severity: glossary.Warning, Match: "ROI", Message: "m"}}},
	}
	for name, r := range reports {
		t.Run(name, func(t *testing.T) {
			out := sarifOf(t, r)
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
			if err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			if err := schema.Validate(inst); err != nil {
				t.Errorf("SARIF log does not match the schema: %v\n%s", err, out)
			}
		})
	}
}

// TestSARIFSchemaCatchesMistakes makes sure the schema test can fail: a
// log with a bad level and a missing message must not validate.
func TestSARIFSchemaCatchesMistakes(t *testing.T) {
	schema := compileSARIFSchema(t)
	var log map[string]any
	if err := json.Unmarshal(sarifOf(t, machineReport(t)), &log); err != nil {
		t.Fatal(err)
	}
	res := log["runs"].([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any)
	res["level"] = "suggestion"
	delete(res, "message")
	if err := schema.Validate(log); err == nil {
		t.Error("a broken SARIF log validated")
	}
}

type sarifDecoded struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Version string
				Rules   []struct {
					ID   string
					Help struct{ Text string }
				}
			}
		}
		Invocations []struct {
			ExecutionSuccessful        bool
			ToolExecutionNotifications []struct{ Level string }
		}
		ColumnKind string
		Results    []struct {
			RuleID    string
			RuleIndex int
			Level     string
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI string }
					Region           struct{ StartLine, StartColumn, EndLine, EndColumn, ByteOffset, ByteLength int }
				}
			}
			Fixes []struct {
				ArtifactChanges []struct {
					Replacements []struct {
						InsertedContent struct{ Text string }
					}
				}
			}
		}
	}
}

func TestSARIFContent(t *testing.T) {
	rep := machineReport(t)
	var log sarifDecoded
	if err := json.Unmarshal(sarifOf(t, rep), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Version != "1.2.3" {
		t.Errorf("columnKind %q, version %q", run.ColumnKind, run.Tool.Driver.Version)
	}
	ids := map[string]bool{}
	for _, r := range run.Tool.Driver.Rules {
		if ids[r.ID] {
			t.Errorf("rule %s listed twice", r.ID)
		}
		ids[r.ID] = true
		if r.Help.Text == "" {
			t.Errorf("rule %s has no help text", r.ID)
		}
	}
	if len(run.Results) != len(rep.Findings) {
		t.Fatalf("%d results for %d findings", len(run.Results), len(rep.Findings))
	}
	for i, res := range run.Results {
		f := rep.Findings[i]
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID || res.RuleID != f.Rule {
			t.Errorf("result %d: rule %s, index %d, finding rule %s", i, res.RuleID, res.RuleIndex, f.Rule)
		}
		reg := res.Locations[0].PhysicalLocation.Region
		if reg.StartLine != f.Line || reg.StartColumn != f.Column || reg.EndLine != f.EndLine || reg.EndColumn != f.EndColumn ||
			reg.ByteOffset != f.Offset || reg.ByteLength != f.Length {
			t.Errorf("result %d: region %+v, finding %d:%d-%d:%d @%d+%d", i, reg, f.Line, f.Column, f.EndLine, f.EndColumn, f.Offset, f.Length)
		}
	}
	if inv := run.Invocations[0]; inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 {
		t.Errorf("an unreadable file must make the run unsuccessful with one notification: %+v", inv)
	}
	if uri := run.Results[len(run.Results)-1].Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != "notes/b,%20draft.txt" {
		t.Errorf("uri %q", uri)
	}
}

// TestSARIFFixes applies every SARIF fix to the checked text and compares
// the result with what dejargon fix writes: both take the finding's own
// edits, so they cannot disagree. The cases are those a second, weaker
// copy of the fixer once got wrong.
func TestSARIFFixes(t *testing.T) {
	g, err := glossary.Parse("team.yaml", []byte(machineGlossary+`
  - term: SLA
    kind: acronym
    expansion: service level agreement
`))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"We signed an SLA today.", "We signed a service level agreement (SLA) today."},
		{"SLA terms changed.", "Service level agreement (SLA) terms changed."},
		{"Read the SLAs.", "Read the service level agreements (SLAs)."},
		{"Try the new portal (SLA) today.", "Try the new portal (SLA) today."},
		{"We are leveraging it.", "We are using it."},
		{"Going forward, we meet.", "From now on, we meet."},
		{"We need bandwidth.", "We need bandwidth."},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			doc := &lint.Document{Path: "d.txt", Source: []byte(tt.in), Segments: []lint.Segment{lint.NewVerbatimSegment(lint.Paragraph, tt.in, 0)}}
			findings := l.Check(doc)
			var log struct {
				Runs []struct {
					Results []struct {
						Fixes []struct {
							ArtifactChanges []struct {
								Replacements []struct {
									DeletedRegion   struct{ ByteOffset, ByteLength int }
									InsertedContent struct{ Text string }
								}
							}
						}
					}
				}
			}
			if err := json.Unmarshal(sarifOf(t, &Report{Findings: findings, FilesChecked: 1}), &log); err != nil {
				t.Fatal(err)
			}
			out, last := "", 0
			for _, r := range log.Runs[0].Results {
				if len(r.Fixes) == 0 {
					continue
				}
				// The first fix of each result, as dejargon fix applies.
				for _, rep := range r.Fixes[0].ArtifactChanges[0].Replacements {
					d := rep.DeletedRegion
					out += tt.in[last:d.ByteOffset] + rep.InsertedContent.Text
					last = d.ByteOffset + d.ByteLength
				}
			}
			out += tt.in[last:]
			if out != tt.want {
				t.Errorf("SARIF fixes give %q, want %q", out, tt.want)
			}
			for _, f := range findings {
				if f.Rule == "jargon" && !strings.Contains(f.Message, `"using"`) && strings.Contains(tt.in, "leveraging") {
					t.Errorf("message does not name the inflected suggestion: %s", f.Message)
				}
			}
		})
	}
}

func TestArtifactURI(t *testing.T) {
	tests := map[string]string{
		"docs/a.md":      "docs/a.md",
		"a b#c?.md":      "a%20b%23c%3F.md",
		"100%.md":        "100%25.md",
		"x:y.md":         "./x:y.md", // not a scheme
		"/srv/docs/a.md": "file:///srv/docs/a.md",
		"notes/ü.txt":    "notes/%C3%BC.txt",
		"<stdin>":        "%3Cstdin%3E",
	}
	for in, want := range tests {
		if got := artifactURI(in); got != want {
			t.Errorf("artifactURI(%q) = %q, want %q", in, got, want)
		}
	}
	if strings.Contains(artifactURI(`docs\a.md`), `\`) && os.PathSeparator == '\\' {
		t.Error("backslashes kept on Windows")
	}
}

// TestEveryRuleHasHelp: every rule the linter runs is described for SARIF
// viewers from its own descriptor.
func TestEveryRuleHasHelp(t *testing.T) {
	g, err := glossary.Parse("team.yaml", []byte(machineGlossary))
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range ruleObjects(l.RuleIDs(), nil) {
		d := rules.ByID(r.ID)
		if d == nil || r.ShortDescription.Text != d.Title+"." || r.FullDescription.Text != d.Doc || d.Doc == "" {
			t.Errorf("rule %d %q: SARIF text does not come from its descriptor: %+v", i, r.ID, r)
		}
		if r.Name == "" || strings.EqualFold(r.Name, r.ID) {
			t.Errorf("rule %q: SARIF wants a name that differs from the id, got %q", r.ID, r.Name)
		}
	}
}
