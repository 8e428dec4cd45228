package html

import "github.com/dejargon/dejargon/lint"

// stack holds open elements, innermost last. Every operation costs the
// same however deep the nesting: the segment kind of each depth is kept
// beside its element, and a count per name answers "is one open?" before
// any search, so 100,000 nested or unclosed blocks read in linear time.
type stack struct {
	names []string
	kinds []lint.SegmentKind // kinds[i]: the kind a segment at depth i takes
	open  map[string]int     // how many elements of each name are open
	// steps counts the elements looked at, so a test can prove the work
	// stays linear without timing anything.
	steps int
}

func (s *stack) push(name string) {
	k := lint.Paragraph
	if n := len(s.kinds); n > 0 {
		k = s.kinds[n-1]
	}
	if own, ok := blockKind(name); ok {
		k = own
	}
	s.names = append(s.names, name)
	s.kinds = append(s.kinds, k)
	if s.open == nil {
		s.open = map[string]int{}
	}
	s.open[name]++
	s.steps++
}

// popTo closes the innermost open element called name and everything
// inside it; an end tag with no open element is ignored.
func (s *stack) popTo(name string) {
	if s.open[name] == 0 {
		s.steps++
		return
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		s.steps++
		n := s.names[i]
		s.open[n]--
		if n == name {
			s.names, s.kinds = s.names[:i], s.kinds[:i]
			return
		}
	}
}

// kind is the segment kind at the current depth.
func (s *stack) kind() lint.SegmentKind {
	s.steps++
	if n := len(s.kinds); n > 0 {
		return s.kinds[n-1]
	}
	return lint.Paragraph
}

func (s *stack) empty() bool { return len(s.names) == 0 }

func (s *stack) reset() {
	s.names, s.kinds = s.names[:0], s.kinds[:0]
	clear(s.open)
}

// blockKind names the segment kind an element gives the text inside it,
// if it says what that text is.
func blockKind(name string) (lint.SegmentKind, bool) {
	switch name {
	case "li", "dd", "dt":
		return lint.ListItem, true
	case "td", "th":
		return lint.TableCell, true
	case "h1", "h2", "h3", "h4", "h5", "h6", "title", "summary":
		return lint.Heading, true
	case "blockquote":
		return lint.Quote, true
	case "caption", "figcaption":
		return lint.Caption, true
	}
	return 0, false
}
