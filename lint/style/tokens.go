package style

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint/sentence"
)

// token is one word of a sentence with its byte offsets. lower is the word
// in lower case with curly apostrophes made straight, for table look-ups.
type token struct {
	start, end int
	text       string
	lower      string
}

// tokenize splits a sentence into words (as sentence.Words defines them)
// and then splits off the clitics that matter to the detectors: "'s" after
// a pronoun ("it's", "that's"), "'re" and "'m". "isn't" and friends stay
// whole: they are one form of "be".
func tokenize(s string) []token {
	return appendTokens(nil, s, sentence.Words(s))
}

// Buffer holds the token storage the detectors reuse from one sentence
// to the next: a document has hundreds of thousands of sentences, and a
// fresh slice for each was most of what checking them allocated. The zero
// value is ready to use; a Buffer belongs to one goroutine.
type Buffer struct {
	toks []token
}

// appendTokens appends the tokens of sentence s, already split into
// words, to out.
func appendTokens(out []token, s string, words []sentence.Span) []token {
	for _, w := range words {
		text := s[w.Start:w.End]
		lower := normalWord(text)
		if host, clitic, ok := splitClitic(lower); ok {
			// lower and text may differ in byte length (’ is three bytes),
			// so measure the clitic from the end of the original text.
			cut := w.End - cliticBytes(text, len(clitic))
			out = append(out,
				token{w.Start, cut, s[w.Start:cut], host},
				token{cut, w.End, s[cut:w.End], clitic})
			continue
		}
		out = append(out, token{w.Start, w.End, text, lower})
	}
	return out
}

// splitClitic splits "it's" into "it" and "'s" when the host makes the
// clitic a form of "be" or "have" rather than a possessive.
func splitClitic(lower string) (host, clitic string, ok bool) {
	i := strings.LastIndexByte(lower, '\'')
	if i <= 0 {
		return "", "", false
	}
	host, clitic = lower[:i], lower[i:]
	switch clitic {
	case "'s":
		return host, clitic, isPronounHost(host)
	case "'re", "'m", "'ve", "'ll", "'d":
		return host, clitic, true
	}
	return "", "", false
}

// cliticBytes returns how many bytes the last n runes of text take.
func cliticBytes(text string, n int) int {
	size := 0
	for i := 0; i < n && size < len(text); i++ {
		_, w := utf8.DecodeLastRuneInString(text[:len(text)-size])
		size += w
	}
	return size
}

// isPronounHost reports words after which "'s" means "is" or "has".
func isPronounHost(w string) bool {
	switch w {
	case "it", "he", "she", "that", "there", "here", "what", "who", "where",
		"this", "which", "how", "why", "when", "everything", "nothing",
		"something", "everyone", "someone", "nobody":
		return true
	}
	return false
}

// isCapitalised reports a word that starts with an upper-case letter and is
// not all capitals: inside a sentence, most likely a name.
func isCapitalised(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r) && strings.ToUpper(text) != text
}

// normalWord lower-cases a word and writes its apostrophes straight,
// returning the word itself when it is already plain lower-case ASCII, as
// most words are, so tokenizing a sentence allocates little.
func normalWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
	}
	return w
}
