// Package yamlnode holds what dejargon's YAML files (glossaries and the
// config file) share when they report problems: describing a node in an
// error message, and placing a syntax error on the right line.
package yamlnode

import (
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Describe names what a node holds, for messages such as
// `"term" must be text, not a list`.
func Describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!null":
		return "nothing"
	case "!!bool":
		return "true/false"
	case "!!int", "!!float":
		return "a number"
	}
	return Quote(n.Value)
}

// DescribeRoot names what a whole file holds without quoting any of it: a
// file that is not YAML at all (a key file, a token) reads as one scalar,
// and its content must never end up in a message or a CI log.
func DescribeRoot(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return "plain text (is this a YAML file?)"
	}
	return Describe(n)
}

// excerptRunes is the most of a value a message quotes.
const excerptRunes = 24

// Quote quotes a value from a file for a message: escaped, and cut to a
// short excerpt, so a long or hostile value never floods the message.
func Quote(s string) string {
	r := []rune(s)
	if len(r) > excerptRunes {
		return strconv.Quote(string(r[:excerptRunes-4])) + "…"
	}
	return strconv.Quote(s)
}

// lineInMessage pulls the line number out of the YAML library's syntax
// errors, which carry it only inside the message text.
var lineInMessage = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// SyntaxError places a YAML syntax error: it returns the 1-based line at
// fault and the message without the library's prefix. The library names a
// line only for some errors, and then often the line where the enclosing
// block began, so the line is found by parsing ever longer prefixes of the
// file: the first prefix that fails ends at the line at fault.
func SyntaxError(data []byte, err error) (int, string) {
	line, msg := 1, strings.TrimPrefix(err.Error(), "yaml: ")
	if m := lineInMessage.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	if l := firstFailingLine(data); l > 0 {
		line = l
	}
	return line, msg
}

// firstFailingLine returns the 1-based line whose end first makes the
// document unparsable, or 0 if no prefix fails on its own. It searches by
// halves: a file of thousands of lines takes a dozen parses. Lines end at
// LF, CRLF or a lone CR, as they do for the YAML library.
func firstFailingLine(data []byte) int {
	var ends []int
	for i, c := range data {
		if c == '\n' || c == '\r' && (i+1 == len(data) || data[i+1] != '\n') {
			ends = append(ends, i+1)
		}
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(data) {
		ends = append(ends, len(data))
	}
	fails := func(k int) bool {
		var n yaml.Node
		return yaml.Unmarshal(data[:ends[k]], &n) != nil
	}
	lo, hi := 0, len(ends)-1
	if !fails(hi) {
		return 0
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo + 1
}
