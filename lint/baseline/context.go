package baseline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint"
)

// contextWords is how many words on each side of a finding identify it:
// enough to tell two uses of a term on different lines apart, few enough
// that an edit further along the sentence leaves the finding recorded.
const contextWords = 3

// sentenceEnds are the marks the context does not reach past.
const sentenceEnds = ".!?;"

// Context describes where a finding stands by the words around it in its
// sentence on its line, lower-cased and stripped of punctuation and
// markup: "we will [leverage] the new portal". Stopping at the sentence
// matters because a Markdown paragraph is often one long line: an edit to
// the next sentence must not make a recorded finding look new.
func Context(f *lint.Finding) string {
	line := f.LineText
	start := byteIndex(line, f.Column-1)
	head := line[:start]
	if i := strings.LastIndexAny(head, sentenceEnds); i >= 0 {
		head = head[i+1:]
	}
	before := words(head)
	if len(before) > contextWords {
		before = before[len(before)-contextWords:]
	}
	var after []string
	if f.EndLine == f.Line {
		tail := line[byteIndex(line, f.EndColumn-1):]
		if i := strings.IndexAny(tail, sentenceEnds); i >= 0 {
			tail = tail[:i]
		}
		after = words(tail)
		if len(after) > contextWords {
			after = after[:contextWords]
		}
	}
	parts := append(before, "["+strings.Join(words(f.Match), " ")+"]")
	return strings.Join(append(parts, after...), " ")
}

// byteIndex returns the byte offset of character n (0-based) of s,
// clamped to the string.
func byteIndex(s string, n int) int {
	i := 0
	for c := 0; c < n && i < len(s); c++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
