package wordfreq

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"math/bits"
	"sync"
)

//go:generate go run ./internal/gensubtlex

// tableData is the encoded table (format.go), generated from the source
// named in table_gen.go; subtlex_LICENSE.txt is its licence.
//
//go:embed subtlex.flate
var tableData []byte

// Table answers how frequent a lower-case word is. It is read-only once
// built and safe for concurrent use.
//
// The words sit in one string in sorted order; offsets[i] is where word i
// starts and flags[i] holds its Zipf value and capital bit. slots is an
// open-addressing hash table of word numbers plus one (0 is empty):
// building it costs a fraction of what a Go map of 74,000 strings does,
// and a lookup is one hash and usually one comparison.
type Table struct {
	words   string
	offsets []uint32
	flags   []byte
	slots   []uint32
}

// NewTable builds a table from entries.
func NewTable(entries []Entry) (*Table, error) {
	data, err := Encode(entries)
	if err != nil {
		return nil, err
	}
	return Decode(data)
}

// Default returns the built-in table, decoding it on first use (a few
// milliseconds; see the README's figures) so that commands that never ask
// about word frequencies do not pay for it.
func Default() *Table { return builtin() }

var builtin = sync.OnceValue(func() *Table {
	t, err := Decode(tableData)
	if err != nil {
		// The data is embedded and checked by tests; a broken build is
		// a programming error, not bad input.
		panic(fmt.Sprintf("wordfreq: built-in table: %v", err))
	}
	return t
})

// checksum is the SHA-256 of the embedded table, for the test that
// proves it is what the generator wrote.
func checksum() string {
	sum := sha256.Sum256(tableData)
	return hex.EncodeToString(sum[:])
}

// Len returns the number of words in the table.
func (t *Table) Len() int { return len(t.flags) }

// Entries returns every entry in word order.
func (t *Table) Entries() []Entry {
	out := make([]Entry, t.Len())
	for i := range out {
		out[i] = Entry{Word: t.word(i), Zipf: Zipf(t.flags[i] &^ capitalBit), Capitalised: t.flags[i]&capitalBit != 0}
	}
	return out
}

// Raw looks up a lower-case word as written, without folding its
// inflections: its Zipf value, whether the corpus writes it with a
// capital, and whether it is in the table at all.
func (t *Table) Raw(lower string) (z Zipf, capitalised, ok bool) {
	if len(t.slots) == 0 {
		return 0, false, false
	}
	mask := uint32(len(t.slots) - 1)
	for h := hash(lower) & mask; ; h = (h + 1) & mask {
		n := t.slots[h]
		if n == 0 {
			return 0, false, false
		}
		if t.word(int(n-1)) == lower {
			flag := t.flags[n-1]
			return Zipf(flag &^ capitalBit), flag&capitalBit != 0, true
		}
	}
}

func (t *Table) word(i int) string { return t.words[t.offsets[i]:t.offsets[i+1]] }

// index builds the hash table at under half full, so probes stay short.
func (t *Table) index() {
	size := 1 << bits.Len(uint(2*t.Len()))
	t.slots = make([]uint32, size)
	mask := uint32(size - 1)
	for i := 0; i < t.Len(); i++ {
		h := hash(t.word(i)) & mask
		for t.slots[h] != 0 {
			h = (h + 1) & mask
		}
		t.slots[h] = uint32(i + 1)
	}
}

// hash is 32-bit FNV-1a, inlined over a string to avoid conversions.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
