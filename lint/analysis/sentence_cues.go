package analysis

import "unicode/utf8"

// Cheap cues that let the sentence rules skip the detectors of package
// style on sentences that cannot hold a hit. Each detector needs one word
// from a short closed list: passive voice a form of "be" or "get", a hidden
// verb a light verb. Looking those words up among the tokens the linter
// already has costs far less than the detectors' own word splitting, and
// most sentences have neither. The lists mirror lint/style/participles.go
// (isBeForm, isGetForm) and lint/style/lightverbs.go (lightVerbForm);
// TestCuesCoverStyleWords reads those files so the two cannot drift apart.

// Cue flags what a word may start.
type Cue uint8

const (
	CuePassive Cue = 1 << iota
	CueHiddenVerb
)

// cueWords maps lower-case words to the detectors they may trigger.
var cueWords = func() map[string]Cue {
	m := map[string]Cue{}
	for _, w := range []string{
		"am", "is", "are", "was", "were", "be", "been", "being",
		"isn't", "aren't", "wasn't", "weren't", "ain't",
		"get", "gets", "got", "gotten", "getting",
	} {
		m[w] |= CuePassive
	}
	for _, w := range []string{
		"make", "makes", "made", "making", "take", "takes", "took", "taken", "taking",
		"give", "gives", "gave", "given", "giving", "provide", "provides", "provided", "providing",
		"carry", "carries", "carried", "carrying", "conduct", "conducts", "conducted", "conducting",
		"perform", "performs", "performed", "performing",
		"undertake", "undertakes", "undertook", "undertaken", "undertaking",
		"do", "does", "did", "done", "doing", "effect", "effects", "effected", "effecting",
		"reach", "reaches", "reached", "reaching", "come", "comes", "came", "coming",
		"have", "has", "had", "having", "hold", "holds", "held", "holding",
	} {
		m[w] |= CueHiddenVerb
	}
	return m
}()

// maxCueLen is the longest Cue word in bytes; longer tokens are no Cue.
const maxCueLen = len("undertaking")

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
	return cueWords[string(buf[:len(w)])]
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
