package lint

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
)

// benchText builds about n bytes of deterministic prose: mostly plain
// sentences with jargon, acronyms and wordy phrases mixed in, as a real
// announcement would have them.
func benchText(n int) string {
	sentences := []string{
		"The new portal will be ready for everyone on Monday morning.",
		"Going forward, we will leverage the SSO portal to spin up new accounts.",
		"Please touch base with the service desk if anything looks wrong.",
		"In order to reduce downtime, the cutover happens at night.",
		"Our SLA with customers does not change, and the RTO stays at four hours.",
		"Thank you for your patience while the team finishes the work.",
		"We will circle back on the budget once finance has the figures.",
		"The old system will be deprecated at the end of the quarter.",
	}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		for i := 0; i < 4; i++ {
			b.WriteString(sentences[r.IntN(len(sentences))])
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// benchDoc makes a document of about n bytes of benchText with one
// segment per paragraph, as the text reader makes them.
func benchDoc(n int) *Document {
	src := benchText(n)
	doc := &Document{Path: "bench.txt", Source: []byte(src)}
	off := 0
	for _, p := range strings.SplitAfter(src, "\n\n") {
		doc.Segments = append(doc.Segments, NewVerbatimSegment(Paragraph, p, off))
		off += len(p)
	}
	return doc
}

// builtinLinter returns a linter for the built-in glossary and the
// default audience.
func builtinLinter(b *testing.B) *Linter {
	b.Helper()
	g, err := glossary.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	l, err := New(g)
	if err != nil {
		b.Fatal(err)
	}
	return l
}

func BenchmarkCheck(b *testing.B) {
	l := builtinLinter(b)
	doc := benchDoc(1 << 20)
	b.SetBytes(int64(len(doc.Source)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Check(doc)
	}
}

// syntheticGlossary adds n made-up entries (single words and two-word
// phrases that never occur in English text) to g, to show that matching
// cost does not grow with glossary size.
func syntheticGlossary(g *glossary.Glossary, n int) *glossary.Glossary {
	out := &glossary.Glossary{Entries: append([]*glossary.Entry(nil), g.Entries...)}
	r := rand.New(rand.NewPCG(3, 4))
	word := func() string {
		const letters = "bcdfghjklmnpqrstvwxz"
		b := make([]byte, 6+r.IntN(5))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		return string(b)
	}
	for i := 0; i < n; i++ {
		term := word()
		if i%2 == 1 {
			term += " " + word()
		}
		out.Entries = append(out.Entries, &glossary.Entry{Term: term, Kind: glossary.Jargon, Replace: []string{"plain"}})
	}
	return out
}

// BenchmarkCheckGlossarySize checks the same text with the built-in
// glossary and with 10,000 more entries; the MB/s should barely move.
func BenchmarkCheckGlossarySize(b *testing.B) {
	g, err := glossary.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	doc := benchDoc(1 << 20)
	for _, size := range []struct {
		name string
		g    *glossary.Glossary
	}{{"builtin", g}, {"builtin+10000", syntheticGlossary(g, 10000)}} {
		l, err := New(size.g)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(doc.Source)))
			for i := 0; i < b.N; i++ {
				l.Check(doc)
			}
		})
	}
}

// BenchmarkCheckEach checks a 4 MB document, which CheckEach reads in
// windows and passes on in batches, beside Check, which reads it in
// windows too but returns every finding at once, and CheckAnalysis,
// which reads it whole: the price of streaming (each window is read
// twice) against the memory it saves (-benchmem).
func BenchmarkCheckEach(b *testing.B) {
	l := builtinLinter(b)
	doc := benchDoc(4 << 20)
	b.Run("windows", func(b *testing.B) {
		b.SetBytes(int64(len(doc.Source)))
		for b.Loop() {
			l.CheckEach(doc, func([]Finding) {})
		}
	})
	b.Run("collected", func(b *testing.B) {
		b.SetBytes(int64(len(doc.Source)))
		for b.Loop() {
			l.Check(doc)
		}
	})
	b.Run("whole", func(b *testing.B) {
		b.SetBytes(int64(len(doc.Source)))
		for b.Loop() {
			l.CheckAnalysis(doc)
		}
	})
}
