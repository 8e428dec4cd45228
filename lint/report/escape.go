package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Escape shows control characters in s as visible text, the way less and
// git do, so a document or file name can never send the terminal an
// escape sequence (clear the screen, set the window title) or forge a
// line of output with a newline: C0 controls and DEL in caret notation
// (ESC is ^[, a newline ^J, DEL ^?), C1 controls as <U+009B>, invalid
// UTF-8 as U+FFFD. Tabs become a space, so columns stay put. The human
// formats (pretty, text) use it; the machine formats escape by their own
// rules (JSON, XML, workflow commands).
func Escape(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20:
			b.WriteByte('^')
			b.WriteByte(byte(r) + '@')
		case r == 0x7f:
			b.WriteString("^?")
		case r >= 0x80 && r < 0xa0:
			fmt.Fprintf(&b, "<U+%04X>", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x20 || c == 0x7f {
			return true
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || (r >= 0x80 && r < 0xa0) {
			return true
		}
		i += size
	}
	return false
}
