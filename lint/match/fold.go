package match

import (
	"unicode"
	"unicode/utf8"
)

// appendKey appends the matching key of word to dst: lower case, with
// every apostrophe variant written as '. Keys of glossary words and of
// text tokens are made the same way, so they compare as plain strings.
func appendKey(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		i += size
		if IsApostrophe(r) {
			dst = append(dst, '\'')
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// appendExact is appendKey without the lower-casing, for case-sensitive
// comparisons.
func appendExact(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		r, size := utf8.DecodeRuneInString(word[i:])
		if IsApostrophe(r) {
			dst = append(dst, '\'')
		} else {
			dst = append(dst, word[i:i+size]...)
		}
		i += size
	}
	return dst
}
