package glossary

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/dejargon/dejargon/internal/yamlnode"
)

// Glossary is an ordered list of entries.
type Glossary struct {
	Entries []*Entry
}

// entryKeys lists the keys an entry may have, in the order the README
// documents them; anything else is a typo worth reporting.
var entryKeys = []string{
	"term", "forms", "kind", "expansion", "definition", "replace",
	"audiences", "severity", "note", "case_sensitive", "fix", "senses",
}

// Parse reads a glossary from data. name is used in error messages. All
// problems are returned together as an ErrorList.
func Parse(name string, data []byte) (*Glossary, error) {
	p := parser{file: name}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, ErrorList{p.syntaxError(data, err)}
	}
	g := &Glossary{}
	if len(doc.Content) == 0 {
		return g, nil // an empty file is an empty glossary
	}
	root := doc.Content[0]
	var list *yaml.Node
	switch root.Kind {
	case yaml.SequenceNode:
		list = root
	case yaml.MappingNode:
		list = p.topLevel(root)
	default:
		p.errorf(root, "a glossary is a mapping with 'version' and 'entries', not %s", yamlnode.DescribeRoot(root))
	}
	if list != nil {
		g.Entries = p.entries(list)
	}
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return g, nil
}

type parser struct {
	file string
	errs ErrorList
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, &PositionError{File: p.file, Line: n.Line, Column: n.Column, Msg: fmt.Sprintf(format, args...)})
}

// syntaxError places a YAML syntax error on its line.
func (p *parser) syntaxError(data []byte, err error) *PositionError {
	line, msg := yamlnode.SyntaxError(data, err)
	return &PositionError{File: p.file, Line: line, Column: 1, Msg: "invalid YAML: " + msg}
}

func (p *parser) topLevel(root *yaml.Node) *yaml.Node {
	var list *yaml.Node
	keys := map[string]*yaml.Node{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if first, dup := keys[k.Value]; dup {
			p.errorf(k, "duplicate key %q (first at line %d)", k.Value, first.Line)
			continue
		}
		keys[k.Value] = k
		switch k.Value {
		case "version":
			if v.Kind != yaml.ScalarNode || v.Value != "1" {
				p.errorf(v, "unsupported glossary version %s (this dejargon reads version 1)", yamlnode.Quote(v.Value))
			}
		case "entries":
			if v.Kind != yaml.SequenceNode {
				if v.Tag == "!!null" {
					continue
				}
				p.errorf(v, "'entries' must be a list, not %s", yamlnode.Describe(v))
				continue
			}
			list = v
		default:
			p.errorf(k, "unknown key %s (expected 'version' or 'entries')", yamlnode.Quote(k.Value))
		}
	}
	return list
}

func (p *parser) entries(list *yaml.Node) []*Entry {
	seen := map[string]*yaml.Node{}
	var out []*Entry
	for _, n := range list.Content {
		e, ok := p.entry(n)
		if e == nil || e.Term == "" {
			continue
		}
		if first, dup := seen[e.Key()]; dup {
			p.errorf(n, "duplicate term %q (first defined at line %d)", e.Term, first.Line)
			continue
		}
		seen[e.Key()] = n
		if ok {
			out = append(out, e)
		}
	}
	return out
}

func (p *parser) entry(n *yaml.Node) (*Entry, bool) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "an entry must be a mapping with at least 'term' and 'kind', not %s", yamlnode.Describe(n))
		return nil, false
	}
	before := len(p.errs)
	e := &Entry{Source: fmt.Sprintf("%s:%d:%d", p.file, n.Line, n.Column)}
	keys := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if first, dup := keys[k.Value]; dup {
			// YAML lets the last one win silently; a glossary author
			// meant one of them, and we cannot tell which.
			p.errorf(k, "duplicate key %q in this entry (first at line %d)", k.Value, first.Line)
			continue
		}
		keys[k.Value] = k
		switch k.Value {
		case "term":
			before := len(p.errs)
			e.Term = strings.TrimSpace(p.str(k.Value, v))
			if len(p.errs) == before {
				p.checkTerm(v, e.Term)
			}
		case "forms":
			e.Forms = p.strs(k.Value, v)
		case "kind":
			e.Kind = Kind(p.enum(k.Value, v, kindNames()))
		case "expansion":
			e.Expansion = strings.TrimSpace(p.str(k.Value, v))
		case "definition":
			e.Definition = strings.TrimSpace(p.str(k.Value, v))
		case "replace":
			e.Replace = p.strs(k.Value, v)
		case "audiences":
			for _, a := range p.enums(k.Value, v, append(audienceNames(), string(Nobody))) {
				e.Audiences = append(e.Audiences, Audience(a))
			}
			if len(e.Audiences) > 1 && slices.Contains(e.Audiences, Nobody) {
				p.errorf(v, "%q cannot list %s with other audiences: %s says no reader needs the term explained", k.Value, Nobody, Nobody)
			}
		case "severity":
			e.Severity = Severity(p.enum(k.Value, v, severityNames()))
		case "note":
			e.Note = strings.TrimSpace(p.str(k.Value, v))
		case "case_sensitive":
			e.CaseSensitive = p.boolean(k.Value, v)
		case "fix":
			e.Fix = p.boolean(k.Value, v)
		case "senses":
			e.Senses = p.senses(v)
		default:
			p.errorf(k, "unknown key %s (expected one of: %s)", yamlnode.Quote(k.Value), strings.Join(entryKeys, ", "))
		}
	}
	if e.Term == "" && !hasKey(n, "term") {
		p.errorf(n, "entry has no 'term'")
	}
	if e.Kind == "" && !hasKey(n, "kind") {
		p.errorf(n, "entry %q has no 'kind' (acronym, jargon or wordy)", e.Term)
	}
	return e, len(p.errs) == before
}

func hasKey(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

func (p *parser) str(key string, v *yaml.Node) string {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		p.errorf(v, "%q must be text, not %s", key, yamlnode.Describe(v))
		return ""
	}
	return v.Value
}

// strs accepts a list of strings, or a single string as a one-item list,
// because `replace: use` is what people write first.
func (p *parser) strs(key string, v *yaml.Node) []string {
	if v.Kind == yaml.ScalarNode && v.Tag != "!!null" {
		if s := strings.TrimSpace(v.Value); s != "" {
			return []string{s}
		}
		p.errorf(v, "%q must not be empty", key)
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		p.errorf(v, "%q must be a list of text, not %s", key, yamlnode.Describe(v))
		return nil
	}
	var out []string
	for _, item := range v.Content {
		if item.Kind != yaml.ScalarNode || item.Tag == "!!null" {
			p.errorf(item, "each item of %q must be text, not %s", key, yamlnode.Describe(item))
			continue
		}
		s := strings.TrimSpace(item.Value)
		if s == "" {
			p.errorf(item, "items of %q must not be empty", key)
			continue
		}
		out = append(out, s)
	}
	return out
}

func (p *parser) enum(key string, v *yaml.Node, allowed []string) string {
	s := p.str(key, v)
	if s == "" {
		return ""
	}
	for _, a := range allowed {
		if s == a {
			return s
		}
	}
	p.errorf(v, "%q must be one of %s, not %s", key, strings.Join(allowed, ", "), yamlnode.Quote(s))
	return ""
}

func (p *parser) enums(key string, v *yaml.Node, allowed []string) []string {
	var out []string
	for _, s := range p.strs(key, v) {
		ok := false
		for _, a := range allowed {
			ok = ok || s == a
		}
		if !ok {
			p.errorf(v, "%q must list only %s, not %s", key, strings.Join(allowed, ", "), yamlnode.Quote(s))
			continue
		}
		out = append(out, s)
	}
	return out
}

func (p *parser) boolean(key string, v *yaml.Node) *bool {
	if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
		p.errorf(v, "%q must be true or false, not %s", key, yamlnode.Describe(v))
		return nil
	}
	b := v.Value == "true" || v.Value == "True" || v.Value == "TRUE"
	return &b
}

func kindNames() []string {
	out := make([]string, len(Kinds))
	for i, k := range Kinds {
		out[i] = string(k)
	}
	return out
}

func severityNames() []string {
	out := make([]string, len(Severities))
	for i, s := range Severities {
		out[i] = string(s)
	}
	return out
}

func audienceNames() []string {
	out := make([]string, len(Audiences))
	for i, a := range Audiences {
		out[i] = string(a)
	}
	return out
}

// senses reads an entry's list of senses: each needs cue words, and either
// says the term is plain there or gives what it means there.
func (p *parser) senses(v *yaml.Node) []Sense {
	if v.Kind != yaml.SequenceNode {
		p.errorf(v, "'senses' must be a list, not %s", yamlnode.Describe(v))
		return nil
	}
	var out []Sense
	for _, n := range v.Content {
		if n.Kind != yaml.MappingNode {
			p.errorf(n, "a sense must be a mapping with 'when', not %s", yamlnode.Describe(n))
			continue
		}
		var s Sense
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			switch k.Value {
			case "when":
				s.When = p.strs(k.Value, v)
			case "definition":
				s.Definition = strings.TrimSpace(p.str(k.Value, v))
			case "replace":
				s.Replace = p.strs(k.Value, v)
			case "note":
				s.Note = strings.TrimSpace(p.str(k.Value, v))
			case "plain":
				if b := p.boolean(k.Value, v); b != nil {
					s.Plain = *b
				}
			default:
				p.errorf(k, "unknown key %q in a sense (expected one of: %s)", k.Value, strings.Join(senseKeys, ", "))
			}
		}
		switch {
		case len(s.When) == 0:
			p.errorf(n, "a sense needs 'when': the words near the term that pick it")
		case s.Plain && (s.Definition != "" || len(s.Replace) > 0):
			p.errorf(n, "a plain sense reports nothing, so it takes no 'definition' or 'replace'")
		case !s.Plain && s.Definition == "" && len(s.Replace) == 0:
			p.errorf(n, "a sense needs a 'definition' or 'replace', or 'plain: true'")
		}
		out = append(out, s)
	}
	return out
}
