package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// capFinding is a finding of severity sev at line n of a file.
func capFinding(path string, n int, sev glossary.Severity) lint.Finding {
	line := "We leverage it."
	return lint.Finding{Path: path, Line: n, Column: 4, EndLine: n, EndColumn: 12, Offset: 16 * (n - 1), Length: 8,
		Rule: "jargon", Severity: sev, Term: "leverage", Match: "leverage", LineText: line,
		Message: fmt.Sprintf(`"leverage" (%s %d)`, sev, n), Suggestions: []string{}}
}

// TestSARIFCap writes more results than code scanning accepts: the log
// keeps the 25,000 most severe, in path order, validates against the
// schema, and a notification says what was left out.
func TestSARIFCap(t *testing.T) {
	var fs []lint.Finding
	// Suggestions come first in path order, so a cut by path order
	// would keep them and lose the errors at the end.
	for i := 1; i <= 20; i++ {
		fs = append(fs, capFinding("a.md", i, glossary.Suggestion))
	}
	for i := 1; i <= SARIFMaxResults; i++ {
		fs = append(fs, capFinding("b.md", i, glossary.Warning))
	}
	for i := 1; i <= 30; i++ {
		fs = append(fs, capFinding("c.md", i, glossary.Error))
	}
	var buf bytes.Buffer
	if err := (&SARIF{ToolVersion: "1.2.3", MaxResults: SARIFMaxResults}).Format(&buf, &Report{Findings: fs}); err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if err := compileSARIFSchema(t).Validate(inst); err != nil {
		t.Fatalf("the capped log does not match the schema: %v", err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Level     string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
			}
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct {
					Level   string
					Message struct{ Text string }
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Results) != SARIFMaxResults {
		t.Fatalf("%d results, want %d", len(run.Results), SARIFMaxResults)
	}
	levels := map[string]int{}
	for _, r := range run.Results {
		levels[r.Level]++
	}
	if levels["error"] != 30 || levels["note"] != 0 || levels["warning"] != SARIFMaxResults-30 {
		t.Errorf("levels kept = %v, want every error, no note, the rest warnings", levels)
	}
	// The warnings given up are the last in path order.
	last := run.Results[len(run.Results)-31].Locations[0].PhysicalLocation
	if last.ArtifactLocation.URI != "b.md" || last.Region.StartLine != SARIFMaxResults-30 {
		t.Errorf("last warning kept is %s:%d, want b.md:%d", last.ArtifactLocation.URI, last.Region.StartLine, SARIFMaxResults-30)
	}
	notes := run.Invocations[0].ToolExecutionNotifications
	if len(notes) != 1 || notes[0].Level != "warning" ||
		!strings.Contains(notes[0].Message.Text, "25000 of 25050 results") ||
		!strings.Contains(notes[0].Message.Text, "Left out: 30 warnings, 20 suggestions.") {
		t.Errorf("notification = %+v, want one saying what was left out", notes)
	}
	if !run.Invocations[0].ExecutionSuccessful {
		t.Error("a capped run is still a successful one")
	}
}

// TestSARIFFingerprints: a finding keeps its fingerprint when lines move,
// and identical findings in one file are told apart by their order.
func TestSARIFFingerprints(t *testing.T) {
	fingerprints := func(fs ...lint.Finding) []string {
		var buf bytes.Buffer
		if err := (&SARIF{}).Format(&buf, &Report{Findings: fs}); err != nil {
			t.Fatal(err)
		}
		var log struct {
			Runs []struct {
				Results []struct{ PartialFingerprints map[string]string }
			}
		}
		if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range log.Runs[0].Results {
			out = append(out, r.PartialFingerprints[fingerprintName])
		}
		return out
	}
	before := fingerprints(capFinding("a.md", 1, glossary.Warning), capFinding("a.md", 2, glossary.Warning))
	after := fingerprints(capFinding("a.md", 7, glossary.Warning), capFinding("a.md", 9, glossary.Warning))
	if len(before) != 2 || before[0] == "" || before[0] == before[1] {
		t.Fatalf("fingerprints %q: want two, different", before)
	}
	if fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("moving lines changed the fingerprints: %q, then %q", before, after)
	}
	other := fingerprints(capFinding("b.md", 1, glossary.Warning))
	if other[0] == before[0] {
		t.Error("the same finding in another file has the same fingerprint")
	}
}

func TestDriverVersion(t *testing.T) {
	for in, want := range map[string]string{"": "devel", "v1.2.0": "1.2.0", "1.2.0": "1.2.0", "0123abcdef": "0123abcdef", "devel": "devel"} {
		if got := driverVersion(in); got != want {
			t.Errorf("driverVersion(%q) = %q, want %q", in, got, want)
		}
	}
}
