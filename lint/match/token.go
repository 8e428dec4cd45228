package match

import (
	"unicode"
	"unicode/utf8"
)

// Token is a word in a segment's text.
type Token struct {
	// Start and End are byte offsets into the segment text.
	Start, End int
	// Joined is set when a hyphen or slash ties the token to the previous
	// one (follow-up, CI/CD). A phrase may run through the join, but a
	// lower-case term may not start or end inside the compound, so that
	// "use" never matches the "use" of "re-use".
	Joined bool
	// Break is set when punctuation separates the token from the previous
	// one, so a phrase never runs across "circle. Back".
	Break bool
}

// Tokenize appends the words of text to dst and returns it. A word is a
// run of letters, digits, marks and underscores, with apostrophes, dots,
// at signs and ampersands inside it (don't, API's, Node.js, R&D,
// name@example.com). URLs are skipped whole. Invalid UTF-8 bytes separate
// words like punctuation does, so positions stay exact.
func Tokenize(text string, dst []Token) []Token {
	brk := false
	joined := false
	i := 0
	for i < len(text) {
		if class := byteClass[text[i]]; class == asciiOther || class == asciiSpace {
			// Spaces and punctuation, most of what is not a word, take
			// one table lookup.
			if class == asciiOther {
				brk, joined = true, false
			}
			i++
			continue
		}
		r, size := decode(text, i)
		switch {
		case isWordRune(r):
			end := scanWord(text, i)
			if hasPrefixAt(text, end, "://") {
				i = skipURL(text, end)
				brk, joined = true, false
				continue
			}
			dst = append(dst, Token{Start: i, End: end, Joined: joined, Break: brk})
			brk, joined = false, false
			i = end
			if j, ok := joinerAt(text, i); ok && j < len(text) {
				if next, _ := decode(text, j); isWordRune(next) {
					joined = true
					i = j
				}
			}
			continue
		case IsSpace(r):
			// White space, line breaks and no-break spaces separate words
			// without breaking a phrase.
		default:
			brk, joined = true, false
		}
		i += size
	}
	return dst
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	for i < len(s) {
		if byteClass[s[i]] == asciiWord {
			i++
			continue
		}
		r, size := decode(s, i)
		if isWordRune(r) {
			i += size
			continue
		}
		if isInnerRune(r) && i+size < len(s) {
			if next, _ := decode(s, i+size); isWordRune(next) {
				i += size
				continue
			}
		}
		if r == ';' && i > 0 && i+1 < len(s) && isUpperASCII(s[i-1]) && isUpperASCII(s[i+1]) {
			// TL;DR is one abbreviation; a semicolon between capitals
			// with no space is never a clause break in prose.
			i++
			continue
		}
		break
	}
	return i
}

// skipURL returns the end of a URL whose scheme ends at i: the first white
// space or character that cannot appear unescaped in a URL's text.
func skipURL(s string, i int) int {
	for i < len(s) {
		r, size := decode(s, i)
		if IsSpace(r) || r == '<' || r == '>' || r == '"' || r == utf8.RuneError {
			break
		}
		i += size
	}
	return i
}

func hasPrefixAt(s string, i int, prefix string) bool {
	return len(s)-i >= len(prefix) && s[i:i+len(prefix)] == prefix
}

// joinerAt reports whether a hyphen or slash starts at i, and where it ends.
func joinerAt(s string, i int) (int, bool) {
	if i >= len(s) {
		return i, false
	}
	r, size := decode(s, i)
	switch r {
	case '-', '/', '\u2010', '\u2011':
		return i + size, true
	}
	return i, false
}

// The classes of bytes, for the tokenizer's fast path.
const (
	asciiOther = iota // punctuation: it breaks a phrase
	asciiWord         // a word character (isWordRune)
	asciiSpace        // white space (IsSpace)
	multiByte         // part of a character beyond ASCII: decode it
)

// byteClass holds the class of each byte, worked out from isWordRune and
// IsSpace so that the fast path cannot disagree with them. Indexed by a
// byte, it needs no bounds check.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = multiByte
		case isWordRune(rune(c)):
			t[c] = asciiWord
		case IsSpace(rune(c)):
			t[c] = asciiSpace
		}
	}
	return t
}()

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r))
}

// isInnerRune reports characters that belong to a word only between word
// characters: apostrophes of every style, and the dot, at sign and
// ampersand of names, addresses and abbreviations.
func isInnerRune(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02BC', '.', '@', '&':
		return true
	}
	return false
}

// IsSpace reports the white space that separates words.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
	}
	return r != utf8.RuneError && unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF'
}

// IsApostrophe reports the apostrophe variants writers and word
// processors produce; they are all one character for matching.
func IsApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02BC'
}
