package config

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

// TestStarterConfigLists keeps the lists in the starter config's comments
// in step with the enumerations they describe.
func TestStarterConfigLists(t *testing.T) {
	var audiences, severities []string
	for _, a := range glossary.Audiences {
		audiences = append(audiences, string(a))
	}
	for _, s := range glossary.Severities {
		severities = append(severities, string(s))
	}
	for _, want := range []string{
		"# Who reads the text: " + orList(audiences) + ".\n",
		"(" + strings.Join(severities, ", ") + ")",
		"# Lowest severity that fails the run: " + orList(FailOnValues()) + ".\n",
	} {
		if !strings.Contains(StarterConfig, want) {
			t.Errorf("StarterConfig lacks %q", want)
		}
	}
}
