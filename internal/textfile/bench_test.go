package textfile

import (
	"bytes"
	"testing"
)

func BenchmarkLooksBinary(b *testing.B) {
	head := bytes.Repeat([]byte("The new portal opens on Monday, and the service desk — as ever — helps. "), 120)[:SniffSize]
	b.SetBytes(int64(len(head)))
	for b.Loop() {
		LooksBinary(head)
	}
}
