package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/fix"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/stats"
)

// draft50KB is the shipped examples repeated to 50 KB, the size the page
// must re-check quickly.
func draft50KB(b *testing.B) string {
	b.Helper()
	var s strings.Builder
	for s.Len() < 50*1024 {
		for _, name := range []string{"announcement.txt", "incident-announcement.txt", "incident-report.md", "runbook.md"} {
			src, err := os.ReadFile(filepath.Join("../../testdata/examples", name))
			if err != nil {
				b.Fatal(err)
			}
			s.Write(src)
			s.WriteString("\n")
		}
	}
	return s.String()[:50*1024]
}

func BenchmarkCheck50KB(b *testing.B) {
	text := draft50KB(b)
	var e Engine
	if _, err := e.Check(Request{Text: text}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := e.Check(Request{Text: text}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRevise50KB(b *testing.B) {
	text := draft50KB(b)
	var e Engine
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := e.Revise(Request{Text: text}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParts50KB(b *testing.B) {
	text := draft50KB(b)
	g, _ := glossary.Builtin()
	l, _ := lint.New(g)
	doc := func() *lint.Document { d, _ := reader.Read("d.txt", []byte(text), reader.Options{}); return d }
	b.Run("check", func(b *testing.B) {
		for b.Loop() {
			l.CheckAnalysis(doc())
		}
	})
	b.Run("measure", func(b *testing.B) {
		for b.Loop() {
			stats.Measure(l, doc())
		}
	})
	b.Run("plan", func(b *testing.B) {
		for b.Loop() {
			fix.PlanFor(l, doc())
		}
	})
	b.Run("explain", func(b *testing.B) {
		for b.Loop() {
			fix.Explain(l, doc())
		}
	})
}
