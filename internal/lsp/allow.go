package lsp

import (
	"errors"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/dejargon/dejargon/lint"
)

// allowEdit returns the edit of a config file's text src that adds term
// to its top-level allow list, keeping everything else as written: an item
// after the list's last one, in its indentation; an element before the
// closing bracket of a flow list; or a new allow key at the end.
func allowEdit(src, term string) (lint.Edit, error) {
	item, err := yamlScalar(term)
	if err != nil {
		return lint.Edit{}, err
	}
	eol := "\n"
	if strings.Contains(src, "\r\n") {
		eol = "\r\n"
	}
	appendKey := func() lint.Edit {
		lead := ""
		if src != "" && !strings.HasSuffix(src, "\n") {
			lead = eol
		}
		return lint.Edit{Offset: len(src), New: lead + "allow:" + eol + "  - " + item + eol}
	}
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		return lint.Edit{}, fmt.Errorf("reading config: %w", err)
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return appendKey(), nil
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode || top.Style&yaml.FlowStyle != 0 {
		return lint.Edit{}, errors.New("config is not a block mapping")
	}
	li := newLineIndex(src)
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, val := top.Content[i], top.Content[i+1]
		if key.Value != "allow" {
			continue
		}
		switch {
		case val.Kind == yaml.SequenceNode && val.Style&yaml.FlowStyle != 0:
			// [a, b]: the closing bracket is the first one after the last
			// element (or the opening one) outside quotes.
			from := li.offset(position{Line: val.Line - 1, Character: val.Column - 1}, utf32Encoding)
			if n := len(val.Content); n > 0 {
				last := val.Content[n-1]
				from = li.offset(position{Line: last.Line - 1, Character: last.Column - 1}, utf32Encoding)
			}
			at := closingBracket(src, from)
			if at < 0 {
				return lint.Edit{}, errors.New("allow list has no closing bracket")
			}
			if len(val.Content) == 0 {
				return lint.Edit{Offset: at, New: item}, nil
			}
			return lint.Edit{Offset: at, New: ", " + item}, nil
		case val.Kind == yaml.SequenceNode && len(val.Content) > 0:
			last := val.Content[len(val.Content)-1]
			line := last.Line - 1
			start := li.starts[line]
			indent := li.text[start:li.lineEnd(line)]
			indent = indent[:len(indent)-len(strings.TrimLeft(indent, " \t"))]
			if line+1 < len(li.starts) {
				return lint.Edit{Offset: li.starts[line+1], New: indent + "- " + item + eol}, nil
			}
			return lint.Edit{Offset: len(src), New: eol + indent + "- " + item + eol}, nil
		case val.Kind == yaml.ScalarNode && val.Tag == "!!null" && val.Value == "":
			line := key.Line - 1
			if line+1 < len(li.starts) {
				return lint.Edit{Offset: li.starts[line+1], New: "  - " + item + eol}, nil
			}
			return lint.Edit{Offset: len(src), New: eol + "  - " + item + eol}, nil
		default:
			return lint.Edit{}, errors.New("allow is not a list")
		}
	}
	return appendKey(), nil
}

// yamlScalar writes term as a YAML scalar, quoted when YAML needs it.
func yamlScalar(term string) (string, error) {
	out, err := yaml.Marshal(term)
	if err != nil {
		return "", err
	}
	s := strings.TrimSuffix(string(out), "\n")
	if strings.Contains(s, "\n") {
		return "", fmt.Errorf("term %q does not fit on one line", term)
	}
	return s, nil
}

// closingBracket finds the "]" closing a flow list, from offset from on,
// skipping quoted text.
func closingBracket(src string, from int) int {
	var quote byte
	for i := from; i < len(src); i++ {
		ch := src[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
		case ch == '\'' || ch == '"':
			quote = ch
		case ch == ']':
			return i
		}
	}
	return -1
}
