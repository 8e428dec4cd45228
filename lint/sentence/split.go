package sentence

import (
	"unicode"
	"unicode/utf8"
)

// Split returns the byte spans of the sentences in text, in order, each
// trimmed of surrounding white space. Text with no sentence-ending
// punctuation (a heading, a list item) is one sentence; blank text gives
// nil.
//
// A sentence ends after a run of '.', '?', '!' or '…' and any closing quotes
// or brackets that follow it, provided white space and then something other
// than a lower-case letter comes next. A single period after a known
// abbreviation, an initial or a list number does not end a sentence, except
// where the abbreviation rules in abbrev.go say the next word starts a new
// one. A blank line, or a line break before a list bullet, also ends a
// sentence, because plain-text drafts separate paragraphs and items that
// way.
func Split(text string) []Span {
	return AppendSplit(nil, text)
}

// AppendSplit appends the spans of the sentences in text to out and
// returns it, so a caller splitting many segments can reuse one buffer.
func AppendSplit(out []Span, text string) []Span {
	start := 0
	for i := 0; i < len(text); {
		// Most bytes can neither end a sentence nor start a rune that does:
		// skip them without decoding. Every byte the table marks is the
		// start of a rune wherever it stands (none is a UTF-8 continuation
		// byte), so this visits the same runes a rune-by-rune scan would.
		for i < len(text) && !splitByte[text[i]] {
			i++
		}
		if i == len(text) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isTerminator(r):
			end, next, ok := endAfterTerminator(text, start, i)
			if ok {
				out = appendTrimmed(out, text, start, end)
				start = end
			}
			i = next
			continue
		case r == '\n' && lineBreakEnds(text, i+1):
			out = appendTrimmed(out, text, start, i)
			start = i + 1
		}
		i += size
	}
	return appendTrimmed(out, text, start, len(text))
}

// splitByte marks the bytes Split must look at: the ASCII terminators, the
// line break, and 0xE2, the first byte of "…" and "‽".
var splitByte = [256]bool{'.': true, '?': true, '!': true, '\n': true, 0xE2: true}

// endAfterTerminator looks at the run of terminators starting at text[i].
// It returns where the sentence would end (after the run and any closing
// quotes or brackets), where scanning should resume, and whether the run
// really ends the sentence that began at sentStart.
func endAfterTerminator(text string, sentStart, i int) (end, next int, ok bool) {
	j, periods, other := i, 0, 0
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isTerminator(r) {
			break
		}
		if r == '.' {
			periods++
		} else {
			other++
		}
		j += size
	}
	end = skipWhile(text, j, isCloser)
	if end == len(text) {
		return end, end, true
	}
	// Something glued to the punctuation ("v1.2", "e.g.,", "example.com")
	// means we are inside a token, not at its end.
	if skipSpace(text, end) == end {
		return end, j, false
	}
	after := skipSpace(text, end)
	if after == len(text) {
		return end, end, true
	}
	if !startsSentence(text, after) {
		return end, j, false
	}
	if periods == 1 && other == 0 && !periodEnds(text, sentStart, i, after) {
		return end, j, false
	}
	return end, end, true
}

// startsSentence reports whether the text at i (just past white space) can
// begin a sentence. A lower-case word, a comma, a colon or a dash after the
// punctuation says the sentence goes on: `"Stop." she said`, "Wait... what".
func startsSentence(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch r {
	case ',', ';', ':', '-', '–', '—', '.', '…':
		return false
	}
	w := skipWhile(text, i, isOpener)
	if w == len(text) {
		return true
	}
	r, _ = utf8.DecodeRuneInString(text[w:])
	return !unicode.IsLower(r)
}

// lineBreakEnds reports whether a line break just before text[i] ends a
// sentence: when the next line is blank or starts with a list bullet.
func lineBreakEnds(text string, i int) bool {
	j := i
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j == len(text) {
		return false
	}
	if text[j] == '\n' {
		return true
	}
	return isBullet(text[j:])
}

// isBullet reports whether line starts with a list marker followed by a
// space: "- ", "* ", "• ", "– " or "12. " / "12) ".
func isBullet(line string) bool {
	r, size := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '*', '•', '–':
		return size < len(line) && line[size] == ' '
	}
	d := 0
	for d < len(line) && d < 3 && line[d] >= '0' && line[d] <= '9' {
		d++
	}
	return d > 0 && d+1 < len(line) && (line[d] == '.' || line[d] == ')') && line[d+1] == ' '
}

// appendTrimmed appends text[start:end] trimmed of white space, if anything
// is left.
func appendTrimmed(spans []Span, text string, start, end int) []Span {
	start = skipSpace(text[:end], start)
	for end > start {
		if c := text[end-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			end--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if start >= end {
		return spans
	}
	return append(spans, Span{start, end})
}

// skipSpace returns the first offset at or after i that is not white
// space (unicode.IsSpace), deciding ASCII bytes from a table.
func skipSpace(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// skipWhile returns the first offset at or after i whose rune fails keep.
func skipWhile(text string, i int, keep func(rune) bool) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !keep(r) {
			break
		}
		i += size
	}
	return i
}

func isTerminator(r rune) bool {
	return r == '.' || r == '?' || r == '!' || r == '…' || r == '‽'
}

// isCloser matches what may follow a terminator and still belong to its
// sentence: closing quotes and brackets, and Markdown emphasis markers that a
// reader may have left in place.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', '*', '_':
		return true
	}
	return false
}

// isOpener matches what may come before the first word of a sentence.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '‹', '*', '_', '`':
		return true
	}
	return false
}
