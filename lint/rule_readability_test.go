package lint

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/rules"
)

// denseSentence is about grade 20 on its own: long, with long words.
const denseSentence = "Subsequent to the identification of the configuration inconsistency, the infrastructure organisation initiated a comprehensive remediation programme encompassing authentication, authorisation and monitoring capabilities across interdependent environments."

// plainSentence is about grade 2.
const plainSentence = "We fixed the bug and the site is back up."

func repeatSentence(s string, n int) string {
	return strings.TrimSpace(strings.Repeat(s+" ", n))
}

func TestReadabilityRule(t *testing.T) {
	tests := []struct {
		name     string
		audience glossary.Audience
		src      string
		want     string // severity and the start of the message, or "" for none
	}{
		{name: "plain text passes", src: repeatSentence(plainSentence, 12)},
		{name: "dense text fails", src: plainSentence + " " + repeatSentence(denseSentence, 5), want: "warning reading grade 31.2 is above 10, the target for business readers (reading ease -89, 22.5 words a sentence); split the longest sentences first: line 1 (25, 25 and 25 words)"},
		{name: "technical readers get a suggestion", audience: glossary.Technical, src: repeatSentence(denseSentence, 5), want: "suggestion reading grade 34.3 is above 12, the target for technical readers"},
		{name: "short texts are not judged", src: repeatSentence(denseSentence, 2)},
		{name: "grade 11 is above business but within technical", src: mixedText(), want: "warning reading grade 11.3 is above 10"},
		{name: "grade 11 passes technical readers", audience: glossary.Technical, src: mixedText()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := []Option{WithRuleDisabled(rules.LongSentence.ID), WithRuleDisabled(rules.PassiveVoice.ID), WithRuleDisabled(rules.HiddenVerb.ID), WithRuleDisabled(rules.RareWord.ID)}
			if tt.audience != "" {
				opts = append(opts, WithAudience(tt.audience))
			}
			l, err := New(&glossary.Glossary{}, opts...)
			if err != nil {
				t.Fatal(err)
			}
			fs := l.Check(plainDoc(tt.src))
			if tt.want == "" {
				if len(fs) != 0 {
					t.Errorf("got %s, want nothing", describeFindings(fs))
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("got %d findings (%s), want one", len(fs), describeFindings(fs))
			}
			got := string(fs[0].Severity) + " " + fs[0].Message
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("got  %s\nwant it to start %s", got, tt.want)
			}
		})
	}
}

// mixedText scores between the business target (10) and the technical
// one (12).
func mixedText() string {
	return repeatSentence("The quarterly infrastructure review identified several operational improvements for the service desk team.", 8) +
		" " + repeatSentence(plainSentence, 5)
}

func TestReadabilityMessage(t *testing.T) {
	long := "Word " + strings.Repeat("information ", 39) + "end."
	src := plainSentence + "\n" + denseSentence + "\n\n" + long + "\n" + repeatSentence(denseSentence, 2)
	l, err := New(&glossary.Glossary{}, WithRuleDisabled(rules.LongSentence.ID), WithRuleDisabled(rules.PassiveVoice.ID), WithRuleDisabled(rules.HiddenVerb.ID), WithRuleDisabled(rules.RareWord.ID))
	if err != nil {
		t.Fatal(err)
	}
	fs := l.Check(plainDoc(src))
	if len(fs) != 1 {
		t.Fatalf("got %s, want one readability finding", describeFindings(fs))
	}
	f := fs[0]
	// Placed on the first sentence, whose bytes it spans.
	if f.Line != 1 || f.Column != 1 || f.Match != plainSentence {
		t.Errorf("placed at %d:%d on %q, want 1:1 on the first sentence", f.Line, f.Column, f.Match)
	}
	wantTail := "split the longest sentences first: line 4 (41 words), line 2 (25 words), line 5 (25 words)"
	if !strings.HasSuffix(f.Message, wantTail) || !strings.Contains(f.Message, "the target for business readers") {
		t.Errorf("message %q\nwant it to name the business target and end %q", f.Message, wantTail)
	}
}
