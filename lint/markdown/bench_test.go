package markdown

import (
	"github.com/dejargon/dejargon/internal/benchgen/corpus"
	"strings"
	"testing"
)

// BenchmarkRead measures the Markdown reader alone on a document with
// front matter, headings, lists, code, links and a table.
func BenchmarkRead(b *testing.B) {
	block := "## Planned change\n\nGoing forward we will **leverage** the new SSO portal; see the [runbook](https://wiki.example.com/x) and `status --all`.\n\n" +
		"- Spin up the staging environment.\n- Circle back with finance.\n\n```sh\nkubectl get pods\n```\n\n| System | Notes |\n| --- | --- |\n| CRM | in order to reduce cost |\n\n"
	src := []byte("---\ntitle: notice\n---\n\n" + strings.Repeat(block, 4000))
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Read("bench.md", src)
	}
}

// BenchmarkReadTree reads 4 MB of the generated benchmark drafts, 400
// Markdown files as a docs tree would hold them.
func BenchmarkReadTree(b *testing.B) { benchmarkReadTree(b, "md") }

// BenchmarkReadProse reads 4 MB of the generated plain-text drafts as
// Markdown: prose with no links, code or tables.
func BenchmarkReadProse(b *testing.B) { benchmarkReadTree(b, "text") }

func benchmarkReadTree(b *testing.B, format string) {
	var docs [][]byte
	size := 0
	err := corpus.Tree(4<<20, 400, format, 1, func(f corpus.File) error {
		docs = append(docs, f.Data)
		size += len(f.Data)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			Read("bench.md", d)
		}
	}
}
