package wordfreq

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sort"
)

// Entry is one word of the table as the generator writes it.
type Entry struct {
	// Word is lower-case ASCII letters.
	Word string
	Zipf Zipf
	// Capitalised says the source corpus writes the word with a capital
	// more often than without: a name.
	Capitalised bool
}

// The encoded table is read in place, so that the first lookup costs
// next to nothing (decoding a deflated table took 7 ms a run on an idle
// machine, more than the rest of start-up). It is:
//
//	magic    "WFQ1"
//	n        uint32, the number of words
//	nslots   uint32, a power of two, over 1.5 times n
//	slots    nslots uint32: an open-addressing hash table (FNV-1a, linear
//	         probing) of a word's offset in words plus one; 0 is empty
//	words    n entries sorted by word: a flag byte (the Zipf value in
//	         tenths, plus capitalBit), the word's length, the word
//
// All integers are little-endian. The generator inserts the words in
// sorted order, so the same entries always give the same bytes.
const (
	magic      = "WFQ1"
	headerLen  = len(magic) + 8
	capitalBit = 0x80
	// maxWordLen is the longest word the format holds.
	maxWordLen = 255
)

// Encode writes entries in the table format, sorted by word; a duplicate
// or malformed word is an error.
func Encode(entries []Entry) ([]byte, error) {
	sorted := append([]Entry(nil), entries...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Word < sorted[j].Word })
	var words []byte
	offsets := make([]uint32, len(sorted))
	for i, e := range sorted {
		if e.Word == "" || len(e.Word) > maxWordLen || !isLowerASCII(e.Word) {
			return nil, fmt.Errorf("word %q: want 1 to %d lower-case ASCII letters", e.Word, maxWordLen)
		}
		if i > 0 && e.Word == sorted[i-1].Word {
			return nil, fmt.Errorf("word %q appears twice", e.Word)
		}
		if e.Zipf >= capitalBit {
			return nil, fmt.Errorf("word %q: Zipf value %s out of range", e.Word, e.Zipf)
		}
		flag := byte(e.Zipf)
		if e.Capitalised {
			flag |= capitalBit
		}
		offsets[i] = uint32(len(words))
		words = append(words, flag, byte(len(e.Word)))
		words = append(words, e.Word...)
	}
	// Over half again as many slots as words keeps probes short.
	nslots := 1 << bits.Len(uint(len(sorted)+len(sorted)/2))
	slots := make([]uint32, nslots)
	mask := uint32(nslots - 1)
	for i, e := range sorted {
		h := hash(e.Word) & mask
		for slots[h] != 0 {
			h = (h + 1) & mask
		}
		slots[h] = offsets[i] + 1
	}
	out := make([]byte, 0, headerLen+4*nslots+len(words))
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(sorted)))
	out = binary.LittleEndian.AppendUint32(out, uint32(nslots))
	for _, s := range slots {
		out = binary.LittleEndian.AppendUint32(out, s)
	}
	return append(out, words...), nil
}

// Decode checks a table written by Encode and returns it, reading it in
// place: data is kept, not copied. It walks the word list once to check
// its shape; lookups check their own bounds, so even a table whose slots
// are damaged can give wrong answers but never a panic.
func Decode(data string) (*Table, error) {
	if len(data) < headerLen || data[:len(magic)] != magic {
		return nil, errors.New("word table: not a word table")
	}
	n := int(le32(data, len(magic)))
	nslots := int(le32(data, len(magic)+4))
	if nslots < 1 || nslots&(nslots-1) != 0 || nslots > (len(data)-headerLen)/4 {
		return nil, errors.New("word table: bad hash table size")
	}
	t := &Table{slots: data[headerLen : headerLen+4*nslots], words: data[headerLen+4*nslots:]}
	count := 0
	for i := 0; i < len(t.words); count++ {
		if len(t.words)-i < 2 {
			return nil, errors.New("word table: truncated entry")
		}
		i += 2 + int(t.words[i+1])
		if i > len(t.words) {
			return nil, errors.New("word table: entry out of range")
		}
	}
	if count != n {
		return nil, fmt.Errorf("word table: %d words, header says %d", count, n)
	}
	t.n = n
	return t, nil
}

func le32(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
