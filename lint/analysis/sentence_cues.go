package analysis

import (
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint/style"
)

// Cheap cues that let the sentence rules skip the detectors of package
// style on sentences that cannot hold a hit. Each detector needs one word
// from a short closed list: passive voice a form of "be" or "get", a hidden
// verb a light verb. Looking those words up among the tokens the linter
// already has costs far less than the detectors' own word splitting, and
// most sentences have neither. The lists are the detectors' own
// (style.PassiveCues, style.HiddenVerbCues), so they cannot drift apart.

// Cue flags what a word may start.
type Cue uint8

const (
	CuePassive Cue = 1 << iota
	CueHiddenVerb
)

// cueWords maps lower-case words to the detectors they may trigger. It
// is built once and never written after.
var cueWords = func() map[string]Cue {
	m := map[string]Cue{}
	for _, w := range style.PassiveCues() {
		m[w] |= CuePassive
	}
	for _, w := range style.HiddenVerbCues() {
		m[w] |= CueHiddenVerb
	}
	return m
}()

// maxCueLen bounds the cue words in bytes, for the lower-casing buffer;
// TestCueWordsFit checks that every cue word fits.
const maxCueLen = 16

// tokenCues returns the cues of the token text w. A token with an
// apostrophe ("it's", "they're") or an inner dot, at sign or ampersand
// (which the detectors may split differently) is a Cue for both, so the
// filter only ever lets through more than it must.
func tokenCues(w string) Cue {
	if len(w) == 0 || len(w) > maxCueLen {
		return unsplitCues(w)
	}
	for i := 0; i < len(w); i++ {
		if cueMark[w[i]] {
			return unsplitCues(w)
		}
	}
	// Most words share no first letter, last letter and length with any
	// cue word: answer those from a small table, sparing the lower-casing
	// and the map lookup. (OR-ing 0x20 lower-cases an ASCII letter and
	// makes no other byte a letter.)
	if i, ok := shapeIndex(w); ok && cueShapes[i]&(1<<len(w)) == 0 {
		return 0
	}
	var buf [maxCueLen]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return cueWords[string(buf[:len(w)])]
}

// cueMark marks the bytes that send a token to unsplitCues: every byte
// past ASCII, the apostrophe, dot, at sign and ampersand.
var cueMark = func() (t [256]bool) {
	for c := utf8.RuneSelf; c < len(t); c++ {
		t[c] = true
	}
	t['\''], t['.'], t['@'], t['&'] = true, true, true, true
	return t
}()

// cueShapes holds, for each pair of first and last letters a to z
// (shapeIndex), a bit per length in bytes some cue word of that shape has.
var cueShapes = func() (shapes [26 * 26]uint32) {
	for w := range cueWords {
		if i, ok := shapeIndex(w); ok {
			shapes[i] |= 1 << len(w)
		}
	}
	return shapes
}()

// shapeIndex returns the cueShapes index of non-empty w, if w starts and
// ends with an ASCII letter.
func shapeIndex(w string) (int, bool) {
	f, l := w[0]|0x20, w[len(w)-1]|0x20
	if f < 'a' || f > 'z' || l < 'a' || l > 'z' {
		return 0, false
	}
	return int(f-'a')*26 + int(l-'a'), true
}

// unsplitCues handles tokens the fast path cannot judge: words with
// non-ASCII letters or an inner mark. Only marks make them cues; a long
// word or one with accents is no form of "be" or a light verb.
func unsplitCues(w string) Cue {
	for _, r := range w {
		switch r {
		case '\'', '\u2019', '\u2018', '\u02BC', '.', '@', '&':
			return CuePassive | CueHiddenVerb
		}
	}
	return 0
}
