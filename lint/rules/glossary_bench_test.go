package rules

import (
	"strings"
	"testing"

	"github.com/dejargon/dejargon/lint/analysis"
)

// glossaryBenchProse is a paragraph as dense in glossary terms as an IT
// notice: jargon, wordy phrases, a term with senses, acronyms, one
// spelled out.
const glossaryBenchProse = "Going forward, we will leverage the single sign-on (SSO) portal to spin up " +
	"accounts. In order to free up bandwidth on the network, the team will circle back on the SLA " +
	"at this point in time. Please touch base with the service desk before we deprecate the old VPN.\n\n"

// BenchmarkGlossaryRule runs the jargon and wordy check over an analysed
// document, each time on a fresh view of it, as the linter does for each
// file, with a cache shared across runs as a linter shares one.
func BenchmarkGlossaryRule(b *testing.B) {
	g, m, p := builtinForGeneral(b)
	src := strings.Repeat(glossaryBenchProse, 256<<10/len(glossaryBenchProse))
	a := analysis.New(paragraphDoc("bench.txt", src), g, m, p, nil)
	a.SharedCache = &analysis.Cache{}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n = 0
		Jargon.Check.Run(a.Fork(), func(analysis.Finding) { n++ })
	}
	if n == 0 {
		b.Fatal("no findings")
	}
}
