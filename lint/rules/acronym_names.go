package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/dejargon/dejargon/lint/analysis"
	"github.com/dejargon/dejargon/lint/document"
)

// This file holds the guards for words written like acronyms that readers
// read as names or everyday words: time zones, units everyone meets when
// buying a phone or a broadband plan, company names, the sender's own
// abbreviation in a signature and codes such as H1N1 or COVID-19.

// timeZones are read as times wherever they stand (9 PM PST, all times are
// in CET), not only after a number.
var timeZones = map[string]bool{
	"UTC": true, "GMT": true, "BST": true, "IST": true, "WET": true, "WEST": true,
	"CET": true, "CEST": true, "EET": true, "EEST": true, "MSK": true,
	"EST": true, "EDT": true, "CST": true, "CDT": true, "MST": true, "MDT": true,
	"PST": true, "PDT": true, "AKST": true, "AKDT": true, "HST": true,
	"JST": true, "KST": true, "SGT": true, "HKT": true,
	"AEST": true, "AEDT": true, "ACST": true, "ACDT": true, "AWST": true,
	"NZST": true, "NZDT": true,
}

// everydayUnits are units anyone who has bought a phone, a laptop or a
// broadband plan reads without help, so they stay quiet for every
// audience even without a number before them ("how many GB do you need").
// Other units (IOPS, KB) are quiet only after a number.
var everydayUnits = map[string]bool{
	"MB": true, "GB": true, "TB": true, "Mbps": true, "Gbps": true,
}

// companySuffixes follow a company's name (ACME Ltd, KPMG LLP, XYZ GmbH);
// the words in capitals before them are the name, and the suffixes are not
// acronyms either.
var companySuffixes = map[string]bool{
	"Ltd": true, "LTD": true, "Limited": true, "Inc": true, "INC": true,
	"LLC": true, "LLP": true, "GmbH": true, "plc": true, "PLC": true,
	"Corp": true, "CORP": true, "Pty": true, "AG": true,
}

// isReadAsName reports a token shaped like an acronym that the reader
// reads as a name, a time or a unit: a time zone, an everyday unit, a
// company's name or suffix, a mobile network generation (3G) or a code
// with two groups of digits or a hyphenated number (H1N1, COVID-19).
//
// The time-zone and unit lists cover acronyms no glossary knows; for a
// glossary entry the glossary says who knows it (isNameInPlace).
func isReadAsName(s *analysis.SegmentAnalysis, i int, base string) bool {
	return timeZones[base] || everydayUnits[base] || isNameInPlace(s, i, base)
}

// isNameInPlace reports an acronym-shaped word that its place makes a
// name, whether or not a glossary knows it: a company's name or suffix, a
// mobile network generation or a code with digits.
func isNameInPlace(s *analysis.SegmentAnalysis, i int, base string) bool {
	switch {
	case isNetworkGeneration(base), hasTwoDigitGroups(base):
		return true
	case isCompanySuffix(s, i), isBeforeCompanySuffix(s, i):
		return true
	case i+1 < len(s.Tokens) && s.Tokens[i+1].Joined && isNumber(s.Word(i+1)) &&
		s.Segment.Text[s.Tokens[i].End] == '-':
		// COVID-19, SARS-2: a name with a number, not an acronym to spell out.
		return true
	}
	return false
}

// isNetworkGeneration reports 2G to 6G, the mobile network generations.
func isNetworkGeneration(w string) bool {
	return len(w) == 2 && '2' <= w[0] && w[0] <= '6' && w[1] == 'G'
}

// hasTwoDigitGroups reports a code such as H1N1 or H5N1: letters and
// digits alternating twice are a name, while B2B or EC2 hold one group.
func hasTwoDigitGroups(w string) bool {
	groups := 0
	for i := 0; i < len(w); i++ {
		if isDigit(w[i]) && (i == 0 || !isDigit(w[i-1])) {
			groups++
		}
	}
	return groups >= 2
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// isCompanySuffix reports a company suffix written after a word (ACME
// GmbH), so that GmbH or LLC is not taken for an acronym.
func isCompanySuffix(s *analysis.SegmentAnalysis, i int) bool {
	return i > 0 && companySuffixes[trimDot(s.Word(i))] && onlySpaceOrComma(s.Segment.Text[s.Tokens[i-1].End:s.Tokens[i].Start]) &&
		isCompanyNameWord(s, i-1)
}

// isCompanyNameWord reports a word that can end a company's name: in
// capitals (ACME), or capitalised where a sentence does not start (Acme
// in "the Acme Ltd contract"); "Then" in "Then LLC" is no name.
func isCompanyNameWord(s *analysis.SegmentAnalysis, i int) bool {
	w := s.Word(i)
	if isCapsWord(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return r < utf8.RuneSelf && isUpper(byte(r)) && i > 0 && !s.Tokens[i].Break
}

// maxCompanyNameWords bounds how far a company suffix is looked for, so
// a long run of capitals costs time in proportion to its length.
const maxCompanyNameWords = 6

// isBeforeCompanySuffix reports a word in a run of capitalised words that
// a company suffix ends: ACME Ltd, ABC Data Services Inc, ACME, Inc.
func isBeforeCompanySuffix(s *analysis.SegmentAnalysis, i int) bool {
	for j := i + 1; j < len(s.Tokens) && j <= i+maxCompanyNameWords; j++ {
		if !onlySpaceOrComma(s.Segment.Text[s.Tokens[j-1].End:s.Tokens[j].Start]) {
			return false
		}
		w := s.Word(j)
		if companySuffixes[trimDot(w)] {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(byte(r)) || r >= utf8.RuneSelf {
			return false
		}
	}
	return false
}

func trimDot(w string) string { return strings.TrimSuffix(w, ".") }

// onlySpaceOrComma reports the text between two words of one name: white
// space with at most one comma (ACME, Inc.).
func onlySpaceOrComma(between string) bool {
	commas := 0
	for i := 0; i < len(between); i++ {
		switch between[i] {
		case ' ', '\t', '\n', '\r':
		case ',':
			commas++
		default:
			return false
		}
	}
	return commas <= 1
}

// maxSignatureWords is the longest paragraph taken for a sign-off
// ("Regards, NWU IT Services").
const maxSignatureWords = 8

// signatureNames returns the unknown acronyms the document signs off with
// (the sender's own organisation: "Regards, NWU ITS"). The sender's name
// is a name wherever the text uses it. A sign-off is one of the last three
// segments, short, not a heading and not ending like a sentence. Only
// acronyms no glossary knows are taken, so "VPN Support Team" at the end
// still leaves VPN to be explained.
func signatureNames(a *analysis.Analysis) map[string]bool {
	var names map[string]bool
	for si, n := len(a.Segments)-1, 0; si >= 0 && n < 3; si, n = si-1, n+1 {
		s := &a.Segments[si]
		if len(s.Tokens) == 0 {
			continue
		}
		if !isSignOff(s) {
			break
		}
		mi := 0
		for i := range s.Tokens {
			for mi < len(s.Matches) && s.Matches[mi].Last < i {
				mi++
			}
			if mi < len(s.Matches) && s.Matches[mi].First <= i {
				continue
			}
			if base, ok := acronymBase(s.Word(i)); ok {
				if names == nil {
					names = map[string]bool{}
				}
				names[base] = true
			}
		}
	}
	return names
}

// isSignOff reports a short closing paragraph: no more than
// maxSignatureWords words, not a heading, not ending with a full stop,
// question or exclamation mark.
func isSignOff(s *analysis.SegmentAnalysis) bool {
	if len(s.Tokens) > maxSignatureWords {
		return false
	}
	switch s.Segment.Kind {
	case document.Heading, document.Subject, document.TableCell:
		return false
	}
	text := strings.TrimRight(s.Segment.Text, " \t\r\n")
	return !strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "?") && !strings.HasSuffix(text, "!")
}

// isProductName reports a mixed-case word no glossary knows that reads as
// a product's name, not an acronym: one starting with a small letter
// (iOS, macOS, eBay) or holding a run of four small letters (HRconnect).
// A glossary may still make such a word an acronym (eSIM, iPaaS).
func isProductName(w string) bool {
	if w == "" {
		return false
	}
	if 'a' <= w[0] && w[0] <= 'z' {
		return true
	}
	run := 0
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			if run++; run >= 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
