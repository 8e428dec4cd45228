package sentence

import (
	"unicode"
	"unicode/utf8"
)

// Words returns the byte spans of the words in text, in order.
//
// A word is a run of letters, digits and combining marks. An apostrophe
// (' or ’) or a hyphen (-, U+2010, U+2011) joins two such runs when it sits
// between them, so "don't" and "state-of-the-art" are one word each while a
// quoted 'word' or a dash between spaces is not part of any word. A period
// or comma between two digits also joins, so "3.5", "1,000" and "v1.2.3"
// count as one word: splitting numbers would inflate word counts and the
// readability scores built on them.
//
// This is the one definition of "word" the lint packages share, so that a
// long-sentence count and a readability score agree about the same text.
func Words(text string) []Span {
	return AppendWords(nil, text)
}

// AppendWords appends the words of text to out and returns it, so a caller
// scanning many sentences can reuse one buffer.
func AppendWords(out []Span, text string) []Span {
	start := -1 // start of the word being read, or -1 between words
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII, nearly all of most text: a letter or digit is a word
			// byte, and only four marks can join two words.
			switch {
			case asciiWord[c]:
				if start < 0 {
					start = i
				}
				for i++; i < len(text) && asciiWord[text[i]]; i++ {
				}
				continue
			case start >= 0 && (c == '\'' || c == '-' || c == '.' || c == ',') && joinsWord(text, i, rune(c), 1):
			default:
				if start >= 0 {
					out = append(out, Span{start, i})
					start = -1
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && joinsWord(text, i, r, size):
			// Keep the joiner inside the word and carry on reading.
		default:
			if start >= 0 {
				out = append(out, Span{start, i})
				start = -1
			}
		}
		i += size
	}
	if start >= 0 {
		out = append(out, Span{start, len(text)})
	}
	return out
}

// asciiWord marks the ASCII bytes isWordRune accepts: letters and digits
// (no ASCII character is a combining mark). Bytes past ASCII are false:
// they start or continue a rune that must be decoded.
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// isWordRune reports whether r can make up a word on its own.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// joinsWord reports whether the rune r at text[i:] (size bytes long) joins
// the word before it to a word rune right after it.
func joinsWord(text string, i int, r rune, size int) bool {
	if i == 0 || i+size >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	switch r {
	case '\'', '’', '-', '\u2010', '\u2011':
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		return isWordRune(prev) && isWordRune(next)
	case '.', ',':
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}
