package html

// attr is an attribute of a start tag with the source range of its value
// (without quotes).
type attr struct {
	name       string
	start, end int
}

// tagAttrs finds the attributes of the raw start tag at src[from:to]. The
// tokenizer decodes attribute values but does not say where they are, and
// positions are the point of this package, so the tag is walked again here
// following the same rules.
func tagAttrs(src []byte, from, to int) []attr {
	var out []attr
	i := from + 1
	for i < to && !isTagSpace(src[i]) && src[i] != '/' && src[i] != '>' {
		i++ // the tag name
	}
	for i < to {
		for i < to && (isTagSpace(src[i]) || src[i] == '/') {
			i++
		}
		if i >= to || src[i] == '>' {
			break
		}
		nameStart := i
		i++ // a name may start with '=' but not end with it
		for i < to && !isTagSpace(src[i]) && src[i] != '/' && src[i] != '>' && src[i] != '=' {
			i++
		}
		a := attr{name: lower(src[nameStart:i]), start: i, end: i}
		for i < to && isTagSpace(src[i]) {
			i++
		}
		if i < to && src[i] == '=' {
			i++
			for i < to && isTagSpace(src[i]) {
				i++
			}
			if i < to && (src[i] == '"' || src[i] == '\'') {
				q := src[i]
				i++
				a.start = i
				for i < to && src[i] != q {
					i++
				}
				a.end = i
				if i < to {
					i++
				}
			} else {
				a.start = i
				for i < to && !isTagSpace(src[i]) && src[i] != '>' {
					i++
				}
				a.end = i
			}
		}
		out = append(out, a)
	}
	return out
}

func isTagSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func lower(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return string(out)
}
