package markdown

import (
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
