package rules

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/document"
	"github.com/dejargon/dejargon/lint/match"
)

// acronymWords is a sorted list of common English words of two to six
// letters a to z, one a line, from Debian's wamerican-small (see
// acronym_words_LICENSE.txt). It tells a word written in capitals for
// emphasis (SIMPLE) from an acronym (ZTNA).
//
//go:embed acronym_words.txt
var acronymWords string

// maxAcronymLetters is the longest all-capital word taken for an unknown
// acronym; longer ones (REQUIRED, IMPORTANT) are shouted words.
const maxAcronymLetters = 6

// commonWordCodes holds the word list's words as wordCodes, sorted, built
// on first use: searching numbers costs a tenth of searching the text's
// lines, and the acronym check asks about every all-capital word.
var commonWordCodes = sync.OnceValue(func() []uint32 {
	var codes []uint32
	for line := range strings.Lines(acronymWords) {
		if c, ok := wordCode(strings.TrimSuffix(line, "\n")); ok {
			codes = append(codes, c)
		}
	}
	slices.Sort(codes)
	return codes
})

// wordCode packs a word of one to six ASCII letters, in either case, into
// five bits a letter, first letter highest, so that codes sort as the
// lower-case words do. It reports false for any other word, which the
// list cannot hold.
func wordCode(w string) (uint32, bool) {
	if len(w) == 0 || len(w) > 6 {
		return 0, false
	}
	var code uint32
	for i := 0; i < 6; i++ {
		code <<= 5
		if i < len(w) {
			c := w[i] | 0x20 // lower case, for letters
			if c < 'a' || c > 'z' {
				return 0, false
			}
			code |= uint32(c-'a') + 1
		}
	}
	return code, true
}

// isCommonWord reports whether lower, a lower-case word, is in the word
// list.
func isCommonWord(lower string) bool { return isCommonWordFold(lower) }

// isCommonWordFold reports whether w, lowered (ASCII), is in the word
// list, so an all-capital word (SIMPLE) costs no copy.
func isCommonWordFold(w string) bool {
	code, ok := wordCode(w)
	if !ok {
		return false
	}
	_, found := slices.BinarySearch(commonWordCodes(), code)
	return found
}

// acronymBase reports whether word is written like an acronym, looking at
// the word alone: two or more capitals (SLA, R&D), capitals with one or two
// digits (B2B, 2FA, S3), or mixed case with two or more capitals that is
// not a compound name (SaaS and OAuth, but not GitHub or MongoDB). It
// returns the acronym without a plural or possessive ending (APIs, API's).
func acronymBase(word string) (string, bool) {
	base := trimPossessive(word)
	if n := len(base); n >= 3 && base[n-1] == 's' && (isUpper(base[n-2]) || isDigit(base[n-2])) {
		base = base[:n-1]
	}
	if len(base) < 2 || len(base) > 10 {
		return "", false
	}
	var upper, lower, digit int
	for i := 0; i < len(base); i++ {
		switch c := base[i]; {
		case isUpper(c):
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		case isDigit(c):
			digit++
		case c == '&' && i > 0 && i < len(base)-1:
			// R&D, P&L
		default:
			// Non-ASCII letters, and the _ . @ and inner apostrophes of
			// identifiers, addresses and names (O'Brien).
			return "", false
		}
	}
	switch {
	case upper == 0:
		return "", false
	case digit > 0:
		// More digits make a ticket or model number (INC0012345).
		return base, lower == 0 && digit <= 2 && upper+digit >= 2
	case lower == 0:
		return base, upper >= 2
	default:
		return base, upper >= 2 && !isCompoundName(base)
	}
}

// trimPossessive removes a final 's written with any apostrophe.
func trimPossessive(word string) string {
	if !strings.HasSuffix(word, "s") {
		return word
	}
	r, size := utf8.DecodeLastRuneInString(word[:len(word)-1])
	if match.IsApostrophe(r) {
		return word[:len(word)-1-size]
	}
	return word
}

// isCompoundName tells a mixed-case name (GitHub, JavaScript, McDonald,
// MongoDB, OpenAI) from a mixed-case acronym (SaaS, OAuth): a name has two
// humps of a capital with small letters after it, or starts with a word
// of four letters or more.
func isCompoundName(w string) bool {
	humps := 0
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			continue
		}
		j := i + 1
		for j < len(w) && 'a' <= w[j] && w[j] <= 'z' {
			j++
		}
		if j-i-1 >= 1 {
			humps++
			if i == 0 && j-i >= 4 {
				return true
			}
		}
	}
	return humps >= 2
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isCapsWord reports a token with letters and no small letters (URGENT,
// SLA, B2B).
func isCapsWord(w string) bool {
	letters := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'a' <= c && c <= 'z' || c >= utf8.RuneSelf {
			return false
		}
		letters = letters || isUpper(c)
	}
	return letters
}

// isShoutedWord reports an all-capital word that is an English word or
// too long for an acronym: SIMPLE, URGENT, REQUIRED.
func isShoutedWord(w string) bool {
	if !isAllUpper(w) {
		return false
	}
	return len(w) > maxAcronymLetters || len(w) >= 2 && isCommonWordFold(w)
}

// shoutedTokens marks the tokens of a segment written in capitals as a
// whole: a run of capitalised words holding two or more shouted words
// (URGENT ACTION REQUIRED), or a heading or subject written all in
// capitals. It returns nil, without allocating, when there is none, which
// is nearly always.
func shoutedTokens(s *analysis.SegmentAnalysis) []bool {
	title := s.Segment.Kind == document.Heading || s.Segment.Kind == document.Subject
	need := 2
	if title {
		need = 1
	}
	if !hasShoutedWords(s, need) {
		// A run needs two shouted words, an all-capital title one; most
		// paragraphs have none.
		return nil
	}
	return markShouted(s, title)
}

// markShouted is shoutedTokens without its shortcut: it walks every word.
func markShouted(s *analysis.SegmentAnalysis, title bool) []bool {
	var marks []bool
	caps, shouted, lettered := 0, 0, 0
	runStart := -1
	flush := func(end int) {
		if runStart >= 0 && shouted >= 2 {
			if marks == nil {
				marks = make([]bool, len(s.Tokens))
			}
			for k := runStart; k < end; k++ {
				marks[k] = true
			}
		}
		runStart, shouted = -1, 0
	}
	for i := range s.Tokens {
		w := s.Word(i)
		if isCapsWord(w) {
			caps++
			lettered++
			if runStart < 0 {
				runStart = i
			}
			if isShoutedWord(w) {
				shouted++
			}
			continue
		}
		if hasLetter(w) {
			lettered++
			flush(i)
		}
		// Numbers neither start nor end a run: URGENT: 2 SERVERS DOWN.
	}
	flush(len(s.Tokens))
	if marks == nil && title && caps == lettered && caps >= 2 {
		// A short all-capital heading (SSO OUTAGE) with one shouted word.
		for i := range s.Tokens {
			if isShoutedWord(s.Word(i)) {
				marks = make([]bool, len(s.Tokens))
				for k := range marks {
					marks[k] = true
				}
				break
			}
		}
	}
	return marks
}

// hasShoutedWords reports whether segment s has at least n shouted words
// (isShoutedWord). A shouted word has two capitals in a row, so only the
// words holding such a pair are looked at, and the word list is searched
// only once there are n candidates.
func hasShoutedWords(s *analysis.SegmentAnalysis, n int) bool {
	text := s.Segment.Text
	var cands [2]string
	found, ti := 0, 0
	for p := 0; ; {
		k := indexUpperASCII(text[p:])
		if k < 0 {
			break
		}
		p += k + 1
		if p == len(text) || !isUpper(text[p]) {
			continue
		}
		// A pair at text[p-1:p+1].
		for ti < len(s.Tokens) && s.Tokens[ti].End <= p-1 {
			ti++
		}
		if ti == len(s.Tokens) {
			break
		}
		t := s.Tokens[ti]
		if t.Start > p-1 {
			continue // not in a word
		}
		p = t.End
		if w := text[t.Start:t.End]; isAllUpper(w) {
			if found < len(cands) {
				cands[found] = w
			}
			found++
		}
	}
	if found < n {
		return false
	}
	shouted := 0
	for _, w := range cands[:min(found, len(cands))] {
		if isShoutedWord(w) {
			shouted++
		}
	}
	// With more candidates than were kept, the full walk decides.
	return shouted >= n || found > len(cands)
}

// isAllUpper reports a word of ASCII capitals only.
func isAllUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			return false
		}
	}
	return true
}

func hasLetter(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'a' <= c && c <= 'z' || isUpper(c) || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// looksLikeCode reports a token that is part of an identifier, path or
// markup rather than prose: written next to a path separator, a sigil or
// an equals sign (/etc/SSL, $HOME, KEY=1), inside backticks, or directly
// followed by a call's parenthesis (API()).
func looksLikeCode(text string, t match.Token) bool {
	if t.Start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:t.Start])
		switch r {
		case '\\', '$', '=', '#', '~', '%', '{', '<', '`', '.', '@':
			return true
		case '/':
			// A slash joins CI/CD, but a path starts with one or has more.
			if !t.Joined || strings.Count(pathAround(text, t), "/") >= 2 {
				return true
			}
		}
	}
	if t.End < len(text) {
		r, _ := utf8.DecodeRuneInString(text[t.End:])
		switch r {
		case '\\', '=', '`', '{':
			return true
		case '(':
			return strings.HasPrefix(text[t.End:], "()")
		case '/':
			if strings.Count(pathAround(text, t), "/") >= 2 {
				return true
			}
		}
	}
	return false
}

// pathAround returns the run of text without white space that holds t.
func pathAround(text string, t match.Token) string {
	start := strings.LastIndexAny(text[:t.Start], " \t\n\r") + 1
	end := strings.IndexAny(text[t.End:], " \t\n\r")
	if end < 0 {
		return text[start:]
	}
	return text[start : t.End+end]
}

// isHexHash reports a commit or checksum prefix written in capitals.
func isHexHash(w string) bool {
	if len(w) < 7 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isDigit(c) && (c < 'A' || c > 'F') {
			return false
		}
	}
	return true
}

// units lists units and time zones written after a number (16 GB,
// 100 Mbps, 02:00 UTC); there they are measurements, not acronyms.
var units = map[string]bool{
	"B": true, "KB": true, "MB": true, "GB": true, "TB": true, "PB": true,
	"KiB": true, "MiB": true, "GiB": true, "TiB": true,
	"Kbps": true, "Mbps": true, "Gbps": true, "MBps": true, "GBps": true,
	"Hz": true, "kHz": true, "MHz": true, "GHz": true,
	"IOPS": true, "RPM": true, "FPS": true, "DPI": true, "PPI": true, "MP": true,
	"kW": true, "MW": true, "GW": true, "kWh": true, "MWh": true, "GWh": true,
	"UTC": true, "GMT": true, "BST": true, "CET": true, "CEST": true, "EET": true,
	"EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true,
	"PST": true, "PDT": true, "IST": true, "JST": true, "AEST": true, "AEDT": true,
}

// isUnitAfterNumber reports a unit written after a number (16 GB) or fused
// to one (16GB).
func isUnitAfterNumber(s *analysis.SegmentAnalysis, i int, base string) bool {
	w := s.Word(i)
	if j := strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }); j > 0 {
		return units[w[j:]]
	}
	if !units[base] || i == 0 {
		return false
	}
	prev := s.Word(i - 1)
	return prev != "" && isDigit(prev[len(prev)-1])
}

// romanContext lists words a Roman numeral follows (Phase II, Tier III).
var romanContext = map[string]bool{
	"phase": true, "stage": true, "part": true, "chapter": true, "tier": true,
	"level": true, "step": true, "volume": true, "vol": true, "act": true,
	"section": true, "appendix": true, "type": true, "class": true,
	"category": true, "round": true, "wave": true, "release": true,
	"war": true, "book": true, "article": true, "annex": true, "grade": true,
}

// isRomanInContext reports a Roman numeral after a word that numbers
// things (Phase II). Elsewhere CLI, CD, MD and CI are acronyms.
func isRomanInContext(s *analysis.SegmentAnalysis, i int, base string) bool {
	if i == 0 || !isRoman(base) {
		return false
	}
	return romanContext[strings.ToLower(s.Word(i-1))]
}

// isRoman reports whether w is a well-formed Roman numeral below 4000.
func isRoman(w string) bool {
	if w == "" || !isRomanLetters(w) {
		return false
	}
	// Each place (thousands, hundreds, tens, units) is written with its
	// one, five and ten letters in one of the ten allowed patterns.
	rest := w
	for _, p := range romanPlaces {
		rest = trimRomanPlace(rest, p[0], p[1], p[2])
	}
	return rest == ""
}

// isRomanLetters reports a word of Roman numeral letters only, which
// rules out nearly every acronym before the patterns are tried.
func isRomanLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'M', 'D', 'C', 'L', 'X', 'V', 'I':
		default:
			return false
		}
	}
	return true
}

// romanPlaces are the one, five and ten letters of each place, thousands
// first; the thousands have no five or ten.
var romanPlaces = [...][3]byte{{'M', 0, 0}, {'C', 'D', 'M'}, {'X', 'L', 'C'}, {'I', 'V', 'X'}}

// romanPatterns are the ways of writing a place's digit in its one (i),
// five (v) and ten (x) letters, longest first, so that VIII is not read
// as V.
var romanPatterns = [...]string{"viii", "vii", "iii", "ix", "iv", "vi", "ii", "v", "i"}

func trimRomanPlace(w string, one, five, ten byte) string {
	for _, p := range romanPatterns {
		if five == 0 && strings.ContainsAny(p, "vx") {
			continue
		}
		if hasRomanPrefix(w, p, one, five, ten) {
			return w[len(p):]
		}
	}
	return w
}

// hasRomanPrefix reports whether w starts with pattern p written in the
// place's letters.
func hasRomanPrefix(w, p string, one, five, ten byte) bool {
	if len(w) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		want := one
		switch p[i] {
		case 'v':
			want = five
		case 'x':
			want = ten
		}
		if w[i] != want {
			return false
		}
	}
	return true
}
