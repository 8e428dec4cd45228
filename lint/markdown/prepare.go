package markdown

import "bytes"

// prepare returns the bytes handed to the Markdown parser: src with the
// parts that are not Markdown (a byte-order mark, front matter, MDX import
// and export lines) blanked out with spaces, and lone CR line endings
// turned into LF. Every byte keeps its offset, so positions the parser
// reports are positions in src. When nothing needs blanking or turning,
// as in most files, it is src itself, which the parser only reads.
func prepare(src []byte, mdx bool) []byte {
	if !mdx && !needsPreparing(src) {
		return src
	}
	return prepared(src, mdx)
}

// prepared is prepare on a copy of src, always.
func prepared(src []byte, mdx bool) []byte {
	p := bytes.Clone(src)
	start := 0
	if bytes.HasPrefix(p, []byte("\xef\xbb\xbf")) {
		blank(p, 0, 3)
		start = 3
	}
	for i := bytes.IndexByte(p, '\r'); i >= 0; {
		if i+1 == len(p) || p[i+1] != '\n' {
			p[i] = '\n'
		}
		next := bytes.IndexByte(p[i+1:], '\r')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	if end := frontMatterEnd(p, start); end > start {
		blank(p, start, end)
		start = end
	}
	if mdx {
		blankESM(p, start)
	}
	return p
}

// needsPreparing reports whether prepare would change src (leaving MDX
// aside): whether it has a byte-order mark, a lone CR or front matter.
func needsPreparing(src []byte) bool {
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) || frontMatterEnd(src, 0) > 0 {
		return true
	}
	for i := bytes.IndexByte(src, '\r'); i >= 0; {
		if i+1 == len(src) || src[i+1] != '\n' {
			return true
		}
		next := bytes.IndexByte(src[i+1:], '\r')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// blank overwrites p[from:to] with spaces, keeping line endings.
func blank(p []byte, from, to int) {
	for i := from; i < to; i++ {
		if p[i] != '\n' && p[i] != '\r' {
			p[i] = ' '
		}
	}
}

// lines calls fn with the bounds of each line of p from offset start on:
// the line's start, its end before the line ending, and the next line's
// start. fn returns false to stop.
func lines(p []byte, start int, fn func(from, end, next int) bool) {
	for from := start; from < len(p); {
		end := bytes.IndexByte(p[from:], '\n')
		next := len(p)
		if end < 0 {
			end = len(p)
		} else {
			end += from
			next = end + 1
		}
		if end > from && p[end-1] == '\r' {
			end--
		}
		if !fn(from, end, next) {
			return
		}
		from = next
	}
}

// frontMatterEnd returns the end of YAML (---) or TOML (+++) front matter
// opening the document at start, or start when there is none. Front matter
// that is never closed is not front matter: it is read as Markdown.
func frontMatterEnd(p []byte, start int) int {
	var fence string
	found := start
	first := true
	lines(p, start, func(from, end, next int) bool {
		line := string(bytes.TrimRight(p[from:end], " \t"))
		if first {
			first = false
			if line != "---" && line != "+++" {
				return false
			}
			fence = line
			return true
		}
		if line == fence || fence == "---" && line == "..." {
			found = next
			return false
		}
		return true
	})
	return found
}

// blankESM blanks MDX import and export statements: a top-level line that
// starts with "import " or "export " and the lines after it up to a blank
// line, as MDX reads them.
func blankESM(p []byte, start int) {
	inESM := false
	lines(p, start, func(from, end, next int) bool {
		line := p[from:end]
		switch {
		case len(bytes.TrimSpace(line)) == 0:
			inESM = false
		case bytes.HasPrefix(line, []byte("import ")) || bytes.HasPrefix(line, []byte("export ")):
			inESM = true
		}
		if inESM {
			blank(p, from, end)
		}
		return true
	})
}
