package glossary

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestSchemaMatchesParser keeps schema.json and the parser in step: the
// schema must describe exactly the entry keys the parser accepts.
func TestSchemaMatchesParser(t *testing.T) {
	data, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs struct {
			Entry struct {
				Properties map[string]json.RawMessage `json:"properties"`
				Required   []string                   `json:"required"`
			} `json:"entry"`
			Sense struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"sense"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatalf("schema.json: %v", err)
	}
	var inSchema []string
	for k := range schema.Defs.Entry.Properties {
		inSchema = append(inSchema, k)
	}
	sort.Strings(inSchema)
	want := append([]string(nil), entryKeys...)
	sort.Strings(want)
	if strings.Join(inSchema, ",") != strings.Join(want, ",") {
		t.Errorf("schema keys %v, parser keys %v", inSchema, want)
	}
	var senseInSchema []string
	for k := range schema.Defs.Sense.Properties {
		senseInSchema = append(senseInSchema, k)
	}
	sort.Strings(senseInSchema)
	wantSense := append([]string(nil), senseKeys...)
	sort.Strings(wantSense)
	if strings.Join(senseInSchema, ",") != strings.Join(wantSense, ",") {
		t.Errorf("schema sense keys %v, parser sense keys %v", senseInSchema, wantSense)
	}
	if strings.Join(schema.Defs.Entry.Required, ",") != "term,kind" {
		t.Errorf("schema requires %v, parser requires term and kind", schema.Defs.Entry.Required)
	}
}
