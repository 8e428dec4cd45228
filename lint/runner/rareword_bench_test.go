package runner

import (
	"os"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/rules"
)

// BenchmarkTreeRareWord checks the performance tree (DEJARGON_BENCH_TREE,
// written by internal/benchgen) with every rule, then without rare-word:
// the difference is what the rule costs. The README's Speed section has
// the figures; the target is under 10% of check time.
func BenchmarkTreeRareWord(b *testing.B) {
	dir := os.Getenv("DEJARGON_BENCH_TREE")
	if dir == "" {
		b.Skip("set DEJARGON_BENCH_TREE to a folder, e.g. one written by go run ./internal/benchgen")
	}
	g, err := glossary.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	for _, mode := range []struct {
		name string
		opts []lint.Option
	}{
		{"all-rules", nil},
		{"without-rare-word", []lint.Option{lint.WithRuleDisabled(rules.RareWord.ID)}},
	} {
		l, err := lint.New(g, mode.opts...)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(mode.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				rep := Run(l, []string{dir}, Options{OnFile: func([]lint.Finding) {}})
				if len(rep.Errors) > 0 {
					b.Fatal(rep.Errors[0].Message)
				}
			}
		})
	}
}
