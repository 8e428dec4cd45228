package markdown

import (
	"bytes"

	"github.com/dejargon/dejargon/lint/directive"
)

// blankMDXComments finds MDX expression comments, {/* … */}, outside
// fenced code in p, hands those that are directives to dirs and blanks
// every one with spaces (line endings kept), so a comment is never read
// as prose and every byte keeps its offset.
func blankMDXComments(p []byte, dirs *directive.Collector) {
	inFence := false
	var fence []byte
	for i := 0; i < len(p); {
		if i == 0 || p[i-1] == '\n' || p[i-1] == '\r' {
			// A fence opens or closes at the start of a line (after up to
			// three spaces of indentation).
			line := bytes.TrimLeft(p[i:lineEndAt(p, i)], " ")
			switch {
			case !inFence && (bytes.HasPrefix(line, []byte("```")) || bytes.HasPrefix(line, []byte("~~~"))):
				inFence, fence = true, line[:3]
			case inFence && bytes.HasPrefix(line, fence):
				inFence = false
			}
		}
		if inFence || !bytes.HasPrefix(p[i:], []byte("{/*")) {
			i++
			continue
		}
		end := commentEnd(p, i+3)
		if end < 0 {
			return // an unclosed comment: MDX would reject the file; leave it
		}
		if d, ok := directive.MDXComment(string(p[i:end])); ok {
			dirs.Add(d, i, end)
		}
		blank(p, i, end)
		i = end
	}
}

// commentEnd returns the offset just past the "*/ }" closing a comment
// whose body starts at i, or -1.
func commentEnd(p []byte, i int) int {
	for {
		j := bytes.Index(p[i:], []byte("*/"))
		if j < 0 {
			return -1
		}
		k := i + j + 2
		for k < len(p) && (p[k] == ' ' || p[k] == '\t' || p[k] == '\n' || p[k] == '\r') {
			k++
		}
		if k < len(p) && p[k] == '}' {
			return k + 1
		}
		i += j + 2
	}
}

func lineEndAt(p []byte, i int) int {
	if j := bytes.IndexAny(p[i:], "\r\n"); j >= 0 {
		return i + j
	}
	return len(p)
}
