package wordfreq

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"sort"
)

// Entry is one word of the table as the generator writes it.
type Entry struct {
	// Word is lower-case ASCII letters.
	Word string
	Zipf Zipf
	// Capitalised says the source corpus writes the word with a capital
	// more often than without: a name (Newton, Kubernetes if it were there).
	Capitalised bool
}

// The encoded table is a deflate stream of entries sorted by word, each
// written as a flag byte (the Zipf value in tenths, plus capitalBit), the
// length of the prefix it shares with the previous word, the length of
// the rest and the rest. Sorted, front-coded words compress to about a
// third of a plain list, and decoding is one pass.
const capitalBit = 0x80

// maxWordLen is the longest word the format holds; longer ones are left out.
const maxWordLen = 255

// Encode writes entries in the table format. The entries are sorted by
// word first; duplicate words are an error. The same entries always give
// the same bytes, which lets a test prove the committed table is the
// encoder's own output.
func Encode(entries []Entry) ([]byte, error) {
	sorted := append([]Entry(nil), entries...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Word < sorted[j].Word })
	var raw bytes.Buffer
	prev := ""
	for i, e := range sorted {
		if e.Word == "" || len(e.Word) > maxWordLen || !isLowerASCII(e.Word) {
			return nil, fmt.Errorf("word %q: want 1 to %d lower-case ASCII letters", e.Word, maxWordLen)
		}
		if i > 0 && e.Word == prev {
			return nil, fmt.Errorf("word %q appears twice", e.Word)
		}
		if e.Zipf >= capitalBit {
			return nil, fmt.Errorf("word %q: Zipf value %s out of range", e.Word, e.Zipf)
		}
		flag := byte(e.Zipf)
		if e.Capitalised {
			flag |= capitalBit
		}
		p := commonPrefix(prev, e.Word)
		raw.WriteByte(flag)
		raw.WriteByte(byte(p))
		raw.WriteByte(byte(len(e.Word) - p))
		raw.WriteString(e.Word[p:])
		prev = e.Word
	}
	var out bytes.Buffer
	w, err := flate.NewWriter(&out, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(raw.Bytes()); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// Decode reads a table written by Encode. All words share one backing
// string and the index is a flat hash table of offsets, so decoding
// allocates a handful of times, not once a word.
func Decode(data []byte) (*Table, error) {
	var raw bytes.Buffer
	// The inflated table is under twice the compressed one.
	raw.Grow(2 * len(data))
	if _, err := raw.ReadFrom(flate.NewReader(bytes.NewReader(data))); err != nil {
		return nil, fmt.Errorf("word table: %w", err)
	}
	b := raw.Bytes()
	// Entries average a little over five bytes.
	t := &Table{offsets: make([]uint32, 0, len(b)/5+1), flags: make([]byte, 0, len(b)/5)}
	words := make([]byte, 0, 2*len(b))
	var word [maxWordLen]byte
	for i := 0; i < len(b); {
		if len(b)-i < 3 {
			return nil, errors.New("word table: truncated entry")
		}
		flag, p, n := b[i], int(b[i+1]), int(b[i+2])
		i += 3
		if p+n > maxWordLen || n > len(b)-i || n == 0 {
			return nil, errors.New("word table: entry out of range")
		}
		// Each word is its prefix from the previous word plus its own rest.
		copy(word[p:], b[i:i+n])
		i += n
		t.offsets = append(t.offsets, uint32(len(words)))
		t.flags = append(t.flags, flag)
		words = append(words, word[:p+n]...)
	}
	t.offsets = append(t.offsets, uint32(len(words)))
	t.words = string(words)
	t.index()
	return t, nil
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b), maxWordLen)
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
