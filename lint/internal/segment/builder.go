// Package segment builds lint.Segments piece by piece for the readers of
// marked-up formats, where the text a reader reads is scattered through the
// source between tags, markers and encoded characters.
package segment

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint"
)

// Placeholder stands in the text for something the reader sees but that is
// not prose (an image, a code span). It is neither a letter nor a space, so
// no phrase runs across it.
const Placeholder = "\uFFFC"

// Builder collects the text of one segment with the pieces that map it back
// to the source. The zero value is ready to use.
type Builder struct {
	Kind   lint.SegmentKind
	text   []byte
	pieces []lint.Piece
	// end is the source offset just past the last piece, where a
	// placeholder with no position of its own is anchored.
	end int
	// chunk is how many pieces the builder last allocated room for.
	chunk int
}

// Len returns the length of the text collected so far.
func (b *Builder) Len() int { return len(b.text) }

// Verbatim appends src[start:end], which the reader reads as written.
// Contiguous verbatim runs share one piece.
func (b *Builder) Verbatim(src []byte, start, end int) {
	if start >= end {
		return
	}
	if n := len(b.pieces); n > 0 {
		last := b.pieces[n-1]
		if last.Verbatim && last.Source+len(b.text)-last.Text == start {
			b.text = append(b.text, src[start:end]...)
			b.end = end
			return
		}
	}
	b.addPiece(lint.Piece{Text: len(b.text), Source: start, Verbatim: true})
	b.text = append(b.text, src[start:end]...)
	b.end = end
}

// Decoded appends text that stands for the srcLen source bytes at srcStart
// (an entity, an encoded character, a line break).
func (b *Builder) Decoded(text string, srcStart, srcLen int) {
	if text == "" {
		return
	}
	b.addPiece(lint.Piece{Text: len(b.text), Source: srcStart, SourceLen: max(srcLen, 0)})
	b.text = append(b.text, text...)
	b.end = max(b.end, srcStart+max(srcLen, 0))
}

// Break appends a placeholder for srcLen bytes at srcStart, or, when
// srcStart is negative, at the end of what was collected so far.
func (b *Builder) Break(srcStart, srcLen int) {
	if len(b.text) == 0 {
		return // nothing to separate yet
	}
	if srcStart < 0 {
		srcStart, srcLen = b.end, 0
	}
	b.Decoded(Placeholder, srcStart, srcLen)
}

// Space appends a line break standing for the srcLen bytes at srcStart, so
// words either side stay apart while a phrase may still run across.
func (b *Builder) Space(srcStart, srcLen int) {
	if len(b.text) == 0 {
		return
	}
	b.Decoded("\n", srcStart, srcLen)
}

// maxChunk bounds how many pieces a builder allocates room for at once.
// Most segments hold a handful of pieces; carving them from one shared
// array spares a small allocation, and its regrowth, per segment. The
// room starts small and doubles, so a builder that makes one segment
// (an inline HTML tag's) does not pay for many.
const maxChunk = 64

// addPiece appends p to the pieces of the segment being built. A new
// segment's pieces start in the room left after the last one's.
func (b *Builder) addPiece(p lint.Piece) {
	if len(b.pieces) == 0 && cap(b.pieces) == 0 {
		b.chunk = min(max(2*b.chunk, 4), maxChunk)
		b.pieces = make([]lint.Piece, 0, b.chunk)
	}
	b.pieces = append(b.pieces, p)
}

// Flush appends the collected segment to dst, unless it holds no words,
// and empties the builder for the next one. The next segment reuses the
// text's storage (the segment holds a copy) and the room after the
// pieces handed out, which the segment's capped slice never reaches.
func (b *Builder) Flush(dst []lint.Segment) []lint.Segment {
	n := len(b.pieces)
	if hasWord(b.text) {
		dst = append(dst, lint.Segment{Kind: b.Kind, Text: string(b.text), Pieces: b.pieces[:n:n]})
	}
	b.text, b.pieces = b.text[:0], b.pieces[n:]
	return dst
}

// Reset empties b for a new segment of kind k, keeping its storage.
func (b *Builder) Reset(k lint.SegmentKind) {
	*b = Builder{Kind: k, text: b.text[:0], pieces: b.pieces[len(b.pieces):], chunk: b.chunk}
}

func hasWord(text []byte) bool {
	for len(text) > 0 {
		r, size := utf8.DecodeRune(text)
		if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return true
		}
		text = text[size:]
	}
	return false
}

// Blank reports whether s holds only white space.
func Blank(s string) bool { return strings.TrimSpace(s) == "" }

// Text returns the text collected so far from offset from on.
func (b *Builder) Text(from int) string {
	if from < 0 || from > len(b.text) {
		return ""
	}
	return string(b.text[from:])
}

// SortBySource orders segments by where they start in the source. A
// caption (alt text) sorts inside the paragraph that holds its image.
func SortBySource(segs []lint.Segment) {
	// Readers mostly emit segments in order already; checking is cheaper
	// than a stable sort's reflective swaps.
	if slices.IsSortedFunc(segs, func(a, b lint.Segment) int { return cmp.Compare(a.Pieces[0].Source, b.Pieces[0].Source) }) {
		return
	}
	sort.SliceStable(segs, func(i, j int) bool { return segs[i].Pieces[0].Source < segs[j].Pieces[0].Source })
}

// Segment returns what was collected as a segment, words or not, without
// emptying the builder. The email reader uses it for a decoded body.
func (b *Builder) Segment() lint.Segment {
	n := len(b.pieces)
	return lint.Segment{Kind: b.Kind, Text: string(b.text), Pieces: b.pieces[:n:n]}
}
