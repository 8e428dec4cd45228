package main

import (
	"bytes"
	"strings"
	"testing"
)

// runWith runs the command line with buffers for streams.
func runWith(t *testing.T, stdin string, inTerminal bool, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &streams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut, InTerminal: inTerminal})
	return code, out.String(), errOut.String()
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		stdin      string
		inTerminal bool
		args       []string
		code       int
		stderr     string
	}{
		{"clean stdin", "Please read the note.", false, []string{"check", "-"}, 0, ""},
		{"finding", "We will leverage it.", false, []string{"check"}, 1, ""},
		{"fail-on error ignores warnings", "We will leverage it.", false, []string{"check", "--fail-on", "error"}, 0, ""},
		{"fail-on none", "We will leverage it.", false, []string{"check", "--fail-on", "none"}, 0, ""},
		{"bad fail-on", "", false, []string{"check", "--fail-on", "fatal"}, 2, "unknown --fail-on"},
		{"bad flag", "", false, []string{"check", "--nope"}, 2, "unknown flag"},
		{"bad format", "x", false, []string{"check", "--format", "xml"}, 2, "unknown --format \"xml\""},
		{"terminal stdin without paths", "", true, []string{"check"}, 2, "no files to check"},
		{"missing file", "", false, []string{"check", "does-not-exist.txt"}, 2, "does-not-exist.txt"},
		{"bad audience", "x", false, []string{"check", "--audience", "martians"}, 2, "unknown --audience \"martians\""},
		{"missing glossary", "x", false, []string{"check", "--glossary", "nope.yaml"}, 2, "nope.yaml"},
		{"explain known", "", false, []string{"explain", "SLA"}, 0, ""},
		{"explain unknown", "", false, []string{"explain", "flibbertigibbet"}, 1, "no glossary entry"},
		{"version", "", false, []string{"version"}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runWith(t, tt.stdin, tt.inTerminal, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.stderr)
			}
		})
	}
}
