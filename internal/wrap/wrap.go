// Package wrap breaks prose into lines for plain-text output.
package wrap

import "strings"

// Words breaks s into lines of at most width characters at spaces; a word
// longer than width gets a line of its own.
func Words(s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case len([]rune(line))+1+len([]rune(word)) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
