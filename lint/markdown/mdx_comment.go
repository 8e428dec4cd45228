package markdown

import (
	"bytes"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/directive"
)

// blankMDXComments finds MDX expression comments, {/* … */}, outside
// fenced code in p, hands those that are directives to dirs and blanks
// every one with spaces (line endings kept), so a comment is never read
// as prose and every byte keeps its offset. It returns the comments'
// spans, for unverbatim.
func blankMDXComments(p []byte, dirs *directive.Collector) [][2]int {
	var spans [][2]int
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
			return spans // an unclosed comment: MDX would reject the file; leave it
		}
		if d, ok := directive.MDXComment(string(p[i:end])); ok {
			dirs.Add(d, i, end)
		}
		blank(p, i, end)
		spans = append(spans, [2]int{i, end})
		i = end
	}
	return spans
}

// unverbatim marks the parts of segments that stand for blanked comments
// as decoded rather than verbatim: their text (spaces) is not the
// source's bytes, and a verbatim piece promises it is.
func unverbatim(segs []lint.Segment, spans [][2]int) {
	if len(spans) == 0 {
		return
	}
	for si := range segs {
		s := &segs[si]
		var out []lint.Piece
		for pi, p := range s.Pieces {
			end := len(s.Text)
			if pi+1 < len(s.Pieces) {
				end = s.Pieces[pi+1].Text
			}
			if !p.Verbatim {
				out = append(out, p)
				continue
			}
			// Walk the piece's source span, cutting out each comment in it.
			text, src, srcEnd := p.Text, p.Source, p.Source+end-p.Text
			for _, c := range spans {
				from, to := max(c[0], src), min(c[1], srcEnd)
				if from >= to {
					continue
				}
				if from > src {
					out = append(out, lint.Piece{Text: text, Source: src, Verbatim: true})
					text += from - src
				}
				out = append(out, lint.Piece{Text: text, Source: from, SourceLen: to - from})
				text += to - from
				src = to
			}
			if src < srcEnd {
				out = append(out, lint.Piece{Text: text, Source: src, Verbatim: true})
			}
		}
		s.Pieces = out
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
