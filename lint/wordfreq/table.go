package wordfreq

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"sync"
)

//go:generate go run ./internal/gensubtlex

// tableData is the encoded table (format.go), generated from the source
// named in table_gen.go; subtlex_LICENSE.txt is its licence. Embedded as a
// string, it is read in place.
//
//go:embed subtlex.table
var tableData string

// Table answers how frequent a lower-case word is. It is read-only and
// safe for concurrent use.
type Table struct {
	// slots is the hash table and words the entries, as format.go lays
	// them out; n counts the entries.
	slots, words string
	n            int
}

// NewTable builds a table from entries.
func NewTable(entries []Entry) (*Table, error) {
	data, err := Encode(entries)
	if err != nil {
		return nil, err
	}
	return Decode(string(data))
}

// Default returns the built-in table. It is read in place; the first call
// only checks its shape (well under a millisecond).
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
	sum := sha256.Sum256([]byte(tableData))
	return hex.EncodeToString(sum[:])
}

// Len returns the number of words in the table.
func (t *Table) Len() int { return t.n }

// Entries returns every entry in word order.
func (t *Table) Entries() []Entry {
	out := make([]Entry, 0, t.n)
	for i := 0; i+2 <= len(t.words); {
		flag, n := t.words[i], int(t.words[i+1])
		out = append(out, Entry{Word: t.words[i+2 : i+2+n], Zipf: Zipf(flag &^ capitalBit), Capitalised: flag&capitalBit != 0})
		i += 2 + n
	}
	return out
}

// Raw looks up a lower-case word as written, without folding its
// inflections: its Zipf value, whether the corpus writes it with a
// capital, and whether it is in the table at all.
func (t *Table) Raw(lower string) (z Zipf, capitalised, ok bool) { return t.raw(lower, false) }

// raw is Raw for word, a lower-case word or, when capital is true, one
// whose first letter is an ASCII capital, which it lowers as it hashes and
// compares.
func (t *Table) raw(word string, capital bool) (z Zipf, capitalised, ok bool) {
	nslots := len(t.slots) / 4
	mask := uint32(nslots - 1)
	h := hashFold(word, capital) & mask
	for probe := 0; probe < nslots; probe++ {
		slot := le32(t.slots, int(h)*4)
		if slot == 0 {
			break
		}
		off := int(slot - 1)
		if off+2 <= len(t.words) {
			if n := int(t.words[off+1]); n == len(word) && off+2+n <= len(t.words) && equalFold(t.words[off+2:off+2+n], word, capital) {
				flag := t.words[off]
				return Zipf(flag &^ capitalBit), flag&capitalBit != 0, true
			}
		}
		h = (h + 1) & mask
	}
	return 0, false, false
}

// equalFold reports whether entry, a word of the table, is word with its
// first letter lowered when capital is true.
func equalFold(entry, word string, capital bool) bool {
	if !capital || word == "" {
		return entry == word
	}
	return entry[0] == word[0]+('a'-'A') && entry[1:] == word[1:]
}

// hash is 32-bit FNV-1a, over a string to avoid conversions.
func hash(s string) uint32 { return hashFold(s, false) }

// hashFold is hash of s with its first letter lowered when capital is
// true.
func hashFold(s string, capital bool) uint32 {
	h := uint32(2166136261)
	if capital && s != "" {
		h ^= uint32(s[0] + ('a' - 'A'))
		h *= 16777619
		s = s[1:]
	}
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
