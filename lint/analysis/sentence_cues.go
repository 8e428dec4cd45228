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
	if len(w) > maxCueLen {
		return unsplitCues(w)
	}
	var buf [maxCueLen]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf, c == '\'', c == '.', c == '@', c == '&':
			return unsplitCues(w)
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	// Most words share no first letter and length with any cue word:
	// answer those from a small table, sparing the map lookup.
	if f := buf[0]; 'a' <= f && f <= 'z' && cueShapes[f-'a']&(1<<len(w)) == 0 {
		return 0
	}
	return cueWords[string(buf[:len(w)])]
}

// cueShapes holds, for each first letter a to z, a bit per length (in
// bytes) some cue word starting with it has.
var cueShapes = func() (shapes [26]uint32) {
	for w := range cueWords {
		if f := w[0]; 'a' <= f && f <= 'z' {
			shapes[f-'a'] |= 1 << len(w)
		}
	}
	return shapes
}()

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
