package lint_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/rules"
	"github.com/dejargon/dejargon/lint/wordfreq"
)

func TestRareWordRule(t *testing.T) {
	team := "entries:\n  - {term: checksum, kind: jargon, definition: A number that proves a file arrived whole.}\n"
	tests := []struct {
		name, path, src string
		opts            []lint.Option
		// want lists "term@line:col+length×uses", in order.
		want string
	}{
		{"once per file, uses counted, possessive outside the span, CRLF", "a.txt",
			"We made the step idempotent.\r\nThe idempotent's nature helps.\r\n", nil, "idempotent@1:18+10×2"},
		{"columns count characters", "a.txt", "Café staff: idempotent steps.\n", nil, "idempotent@1:13+10×1"},
		{"a heading's capital does not make a name", "a.md",
			"# Idempotent Deploys\n\nThe deploys are idempotent.\n", nil, "idempotent@1:3+10×2"},
		{"only ever capitalised: a name", "a.txt", "We met Kubernetes today. Kubernetes helps.\n", nil, ""},
		{"code spans and URLs are skipped", "a.md", "Run `idempotent` and see https://example.com/idempotent now.\n", nil, ""},
		{"a call is code", "a.txt", "Call idempotentize(x) twice.\n", nil, ""},
		{"defined in brackets", "a.txt", "An idempotent (safe to repeat) step helps. Later: idempotent.\n", nil, ""},
		{"defined later", "a.txt", "Make it idempotent. Idempotent means safe to repeat.\n", nil, ""},
		{"a silenced first use does not count", "a.md",
			"<!-- dejargon-disable-next-line -->\nFirst idempotent.\n\nSecond idempotent.\n", nil, "idempotent@4:8+10×1"},
		{"a glossary term is the glossary's", "a.txt", "Check the checksum and the idempotent step.\n", nil, "idempotent@1:28+10×1"},
		{"forms counted together", "a.txt", "One hypervisor, two hypervisors.\n", nil, "hypervisor@1:5+10×2"},
		{"technical readers: off", "a.txt", "An idempotent step.\n", []lint.Option{lint.WithAudience(glossary.Technical)}, ""},
		{"technical readers with a threshold", "a.txt", "An idempotent step.\n",
			[]lint.Option{lint.WithAudience(glossary.Technical), lint.WithRareWordThreshold(20)}, "idempotent@1:4+10×1"},
		{"threshold off", "a.txt", "An idempotent step.\n", []lint.Option{lint.WithRareWordThreshold(wordfreq.Off)}, ""},
		{"general readers are stricter", "a.txt", "Check the timestamp.\n", []lint.Option{lint.WithAudience(glossary.General)}, "timestamp@1:11+9×1"},
		{"business readers know it", "a.txt", "Check the timestamp.\n", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := glossary.Parse("team.yaml", []byte(team))
			if err != nil {
				t.Fatal(err)
			}
			l, err := lint.New(g, tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := reader.Read(tt.path, []byte(tt.src), reader.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range l.Check(doc) {
				if f.Rule != rules.RareWord.ID {
					continue
				}
				if f.Severity != glossary.Suggestion || !strings.Contains(f.Message, "explain it where it is first used") {
					t.Errorf("finding %+v", f)
				}
				if string(doc.Source[f.Offset:f.Offset+f.Length]) != f.Match {
					t.Errorf("offset %d+%d is not %q", f.Offset, f.Length, f.Match)
				}
				got = append(got, fmt.Sprintf("%s@%d:%d+%d×%d", f.Term, f.Line, f.Column, f.Length, f.Occurrences))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}
