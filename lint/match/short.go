package match

import (
	"encoding/binary"
	"math/bits"
)

// shortWords maps the vocabulary's keys of up to eight bytes, most words
// of English, to their base words. A key that short fits in one machine
// word, so the table is probed with one multiplication and compares
// integers, where a map hashes and compares strings; every token of every
// document is looked up.
type shortWords struct {
	slots []shortSlot
	// shift turns a hash into a slot index: its top bits.
	shift uint
}

// shortSlot holds a key packed by packKey; 0 marks an empty slot, since no
// key is empty.
type shortSlot struct {
	key  uint64
	span idSpan
}

// maxShortKey is the longest key shortWords holds.
const maxShortKey = 8

// newShortWords builds the table of vocab's short keys, at most half full
// so that probes stay short.
func newShortWords(vocab map[string]idSpan) shortWords {
	n := 0
	for k := range vocab {
		if len(k) <= maxShortKey {
			n++
		}
	}
	size := 16
	for size < 2*n {
		size *= 2
	}
	t := shortWords{slots: make([]shortSlot, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	var buf [maxShortKey]byte
	for k, sp := range vocab {
		if len(k) > maxShortKey {
			continue
		}
		key := packKey(buf[:copy(buf[:], k)])
		i := t.slot(key)
		for t.slots[i].key != 0 {
			i = (i + 1) & (size - 1)
		}
		t.slots[i] = shortSlot{key: key, span: sp}
	}
	return t
}

func (t *shortWords) slot(key uint64) int {
	return int((key * 0x9E3779B97F4A7C15) >> t.shift)
}

// get returns the span of a key packed by packKey.
func (t *shortWords) get(key uint64) (idSpan, bool) {
	mask := len(t.slots) - 1
	for i := t.slot(key); ; i = (i + 1) & mask {
		switch t.slots[i].key {
		case key:
			return t.slots[i].span, true
		case 0:
			return idSpan{}, false
		}
	}
}

// packKey packs a key of one to eight bytes into an integer, zero above
// its last byte: keys hold no zero byte, so two keys pack alike only when
// they are equal. The backing array of key must hold eight bytes.
func packKey(key []byte) uint64 {
	return binary.LittleEndian.Uint64(key[:maxShortKey:maxShortKey]) & (^uint64(0) >> (64 - 8*uint(len(key))))
}
