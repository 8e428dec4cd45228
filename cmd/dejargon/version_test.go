package main

import (
	"strings"
	"testing"
)

// TestVersionWordsAgree proves that a build with no release version
// names itself the same way in "dejargon version" and in SARIF's
// tool.driver.version (once "dev" and "devel").
func TestVersionWordsAgree(t *testing.T) {
	if version != "" {
		t.Skip("a stamped release version")
	}
	_, out, _ := runWith(t, "", false, "version")
	got := strings.Fields(strings.TrimSpace(out))
	if len(got) < 2 || got[0] != "dejargon" {
		t.Fatalf("version printed %q", out)
	}
	if want := toolVersion(); want == unknownVersion && got[1] != want {
		t.Errorf("version says %q, SARIF says %q", got[1], want)
	}
}
