package config

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/internal/suggest"
	"github.com/dejargon/dejargon/internal/yamlnode"
	"github.com/dejargon/dejargon/lint/rules"
	"github.com/dejargon/dejargon/lint/wordfreq"
)

// Parse reads a config file. name is the path shown in messages; dir is
// the absolute folder relative paths in the file are taken from. Every
// problem is returned at once as a glossary.ErrorList of file:line:col
// errors sorted by position, with a "did you mean" for a misspelt key,
// rule id or value.
func Parse(name, dir string, data []byte) (*File, error) {
	p := &parser{file: name, dir: dir}
	f := &File{Path: name, Dir: dir}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlnode.SyntaxError(data, err)
		return nil, glossary.ErrorList{{File: name, Line: line, Column: 1, Msg: "invalid YAML: " + msg}}
	}
	if len(doc.Content) == 0 {
		return f, nil // an empty file changes nothing
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		if root.Tag != "!!null" {
			p.errorf(root, "a config file is a mapping of settings, not %s", yamlnode.DescribeRoot(root))
		}
		return f, p.result()
	}
	p.mapping(root, func(k, v *yaml.Node) {
		switch k.Value {
		case "baseline":
			if s := p.str(k.Value, v); s != "" {
				f.Baseline = p.path(s)
			}
		case "overrides":
			f.Overrides = p.overrides(v)
		default:
			if !p.setting(&f.Top, k, v) {
				p.errorf(k, "unknown key %s%s (expected one of: %s)", yamlnode.Quote(k.Value), suggest.DidYouMean(k.Value, topKeys), strings.Join(topKeys, ", "))
			}
		}
	})
	return f, p.result()
}

type parser struct {
	file string
	dir  string
	errs glossary.ErrorList
}

func (p *parser) result() error {
	if len(p.errs) > 0 {
		sort.SliceStable(p.errs, func(i, j int) bool {
			a, b := p.errs[i], p.errs[j]
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Column < b.Column
		})
		return p.errs
	}
	return nil
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, &glossary.PositionError{File: p.file, Line: n.Line, Column: n.Column, Msg: fmt.Sprintf(format, args...)})
}

// mapping calls fn for each key of a mapping node, reporting repeated keys,
// which YAML libraries otherwise resolve silently.
func (p *parser) mapping(n *yaml.Node, fn func(k, v *yaml.Node)) {
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if line, dup := seen[k.Value]; dup {
			p.errorf(k, "key %q is set twice (first at line %d)", k.Value, line)
			continue
		}
		seen[k.Value] = k.Line
		fn(k, v)
	}
}

// setting reads one of the keys shared by the top level and overrides
// into s, and reports whether the key was one of them.
func (p *parser) setting(s *Settings, k, v *yaml.Node) bool {
	switch k.Value {
	case "glossaries":
		for _, g := range p.strs(k.Value, v) {
			s.Glossaries = append(s.Glossaries, p.path(g))
		}
	case "builtin":
		s.Builtin = p.onOff(k.Value, v)
	case "audience":
		s.Audience = glossary.Audience(p.enum(k.Value, v, audienceNames()))
	case "rules":
		s.Rules = p.rules(v)
	case "allow":
		s.Allow = append(s.Allow, p.strs(k.Value, v)...)
	case "ignore":
		s.Ignore = append(s.Ignore, p.globs(k.Value, v)...)
	case "fail_on":
		s.FailOn = p.enum(k.Value, v, FailOnValues())
	case "rare_word_threshold":
		s.RareWordThreshold = p.threshold(k.Value, v)
	default:
		return false
	}
	return true
}

// threshold reads rare_word_threshold: a Zipf frequency from 1 to 7, the
// name of a frequency band (the words of that band and rarer are
// reported), or off.
func (p *parser) threshold(key string, v *yaml.Node) *wordfreq.Zipf {
	s := p.str(key, v)
	if s == "" {
		return nil
	}
	if s == "off" || v.Tag == "!!bool" && strings.EqualFold(s, "false") {
		z := wordfreq.Off
		return &z
	}
	if z, ok := wordfreq.BandThreshold(s); ok {
		return &z
	}
	f, err := strconv.ParseFloat(s, 64)
	if err == nil {
		var z wordfreq.Zipf
		if z, err = wordfreq.ParseZipf(f); err == nil {
			return &z
		}
	}
	names := make([]string, 0, 5)
	for _, b := range wordfreq.Bands()[1:] {
		names = append(names, b.Name)
	}
	p.errorf(v, "%q must be a Zipf frequency from 1 to 7, a band (%s) or off, not %q", key, strings.Join(names, ", "), s)
	return nil
}

func (p *parser) overrides(v *yaml.Node) []Override {
	if v.Kind != yaml.SequenceNode {
		if v.Tag != "!!null" {
			p.errorf(v, "'overrides' must be a list of mappings with 'paths', not %s", yamlnode.Describe(v))
		}
		return nil
	}
	var out []Override
	for _, n := range v.Content {
		if n.Kind != yaml.MappingNode {
			p.errorf(n, "an override must be a mapping with 'paths' and settings, not %s", yamlnode.Describe(n))
			continue
		}
		o := Override{Line: n.Line}
		hasPaths := false
		p.mapping(n, func(k, v *yaml.Node) {
			if k.Value == "paths" {
				hasPaths = true
				o.Paths = p.globs(k.Value, v)
				return
			}
			if !p.setting(&o.Settings, k, v) {
				keys := append([]string{"paths"}, settingKeys...)
				p.errorf(k, "unknown key %s in override%s (expected paths or one of: %s)", yamlnode.Quote(k.Value), suggest.DidYouMean(k.Value, keys), strings.Join(settingKeys, ", "))
			}
		})
		if !hasPaths {
			p.errorf(n, "override has no 'paths'")
			continue
		}
		out = append(out, o)
	}
	return out
}

// rules reads `rules: {jargon: off, wordy: warning}`. Rule ids are checked
// against every built-in rule here, so all of a file's mistakes come out
// in one run; the resolver checks them again against the rules a linter
// actually runs.
func (p *parser) rules(v *yaml.Node) map[string]RuleSetting {
	if v.Kind != yaml.MappingNode {
		if v.Tag != "!!null" {
			p.errorf(v, "'rules' must map rule ids to off or a severity, not %s", yamlnode.Describe(v))
		}
		return nil
	}
	out := map[string]RuleSetting{}
	p.mapping(v, func(k, v *yaml.Node) {
		r := RuleSetting{At: Position{File: p.file, Line: k.Line, Column: k.Column}}
		if rules.ByID(k.Value) == nil {
			p.errorf(k, "%s", UnknownRule(k.Value, rules.IDs()))
		}
		switch {
		case v.Kind == yaml.ScalarNode && (v.Value == "off" || v.Tag == "!!bool" && strings.EqualFold(v.Value, "false")):
			r.Off = true
		case v.Kind == yaml.ScalarNode && glossary.Severity(v.Value).Rank() > 0:
			r.Severity = glossary.Severity(v.Value)
		default:
			p.errorf(v, "rule %q must be off, %s, not %s%s", k.Value, orList(severityNames()), yamlnode.Describe(v),
				suggest.DidYouMean(v.Value, append([]string{"off"}, severityNames()...)))
			return
		}
		out[k.Value] = r
	})
	return out
}

// path resolves a path written in the file against the file's folder.
func (p *parser) path(s string) string {
	s = filepath.FromSlash(s)
	if filepath.IsAbs(s) {
		return filepath.Clean(s)
	}
	return filepath.Join(p.dir, s)
}

// globs reads a list of globs, each relative to the config file's folder.
// A glob that starts with "/" or holds a ".." part would reach outside
// that folder, where no glob of this file applies, so it would silently
// never match: it is an error instead, at its own line and column.
func (p *parser) globs(key string, v *yaml.Node) []string {
	items := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		items = v.Content
	}
	var out []string
	for _, item := range items {
		for _, g := range p.strs(key, item) {
			g = strings.TrimPrefix(g, "./")
			switch {
			case !doublestar.ValidatePattern(g):
				p.errorf(item, "%q: %s is not a valid glob", key, yamlnode.Quote(g))
				continue
			case strings.HasPrefix(g, "/") || filepath.IsAbs(g) || hasDotDot(g):
				p.errorf(item, "%q: %s reaches outside this config file's folder, so it could never match; globs are relative to the folder (use \"docs/**\", not \"/docs\" or \"../docs\")", key, yamlnode.Quote(g))
				continue
			}
			out = append(out, g)
		}
	}
	return out
}

// hasDotDot reports whether a glob has a ".." path element.
func hasDotDot(g string) bool {
	for _, part := range strings.Split(filepath.ToSlash(g), "/") {
		if part == ".." {
			return true
		}
	}
	return false
}

func (p *parser) str(key string, v *yaml.Node) string {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" || strings.TrimSpace(v.Value) == "" {
		p.errorf(v, "%q must be text, not %s", key, yamlnode.Describe(v))
		return ""
	}
	return strings.TrimSpace(v.Value)
}

// strs accepts a list of text, or one text as a one-item list.
func (p *parser) strs(key string, v *yaml.Node) []string {
	if v.Kind == yaml.ScalarNode && v.Tag != "!!null" {
		return []string{p.str(key, v)}
	}
	if v.Kind != yaml.SequenceNode {
		if v.Tag == "!!null" {
			return nil
		}
		p.errorf(v, "%q must be a list of text, not %s", key, yamlnode.Describe(v))
		return nil
	}
	var out []string
	for _, item := range v.Content {
		if item.Kind != yaml.ScalarNode || item.Tag == "!!null" || strings.TrimSpace(item.Value) == "" {
			p.errorf(item, "each item of %q must be text, not %s", key, yamlnode.Describe(item))
			continue
		}
		out = append(out, strings.TrimSpace(item.Value))
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
	p.errorf(v, "%q must be one of %s, not %s%s", key, strings.Join(allowed, ", "), yamlnode.Quote(s), suggest.DidYouMean(s, allowed))
	return ""
}

// onOff reads a switch. YAML 1.2 reads on and off as text, but they are
// what people write for a switch, so they count alongside true and false.
func (p *parser) onOff(key string, v *yaml.Node) *bool {
	if v.Kind == yaml.ScalarNode {
		switch strings.ToLower(v.Value) {
		case "true", "on", "yes":
			b := true
			return &b
		case "false", "off", "no":
			b := false
			return &b
		}
	}
	p.errorf(v, "%q must be on or off, not %s%s", key, yamlnode.Describe(v), suggest.DidYouMean(v.Value, []string{"on", "off"}))
	return nil
}

func audienceNames() []string {
	out := make([]string, len(glossary.Audiences))
	for i, a := range glossary.Audiences {
		out[i] = string(a)
	}
	return out
}

// UnknownRule is the message for a rule id no rule has, with the likely
// one when the id looks like a typo.
func UnknownRule(id string, known []string) string {
	return fmt.Sprintf("unknown rule %q%s (known rules: %s)", id, suggest.DidYouMean(id, known), strings.Join(known, ", "))
}

func severityNames() []string {
	out := make([]string, len(glossary.Severities))
	for i, s := range glossary.Severities {
		out[i] = string(s)
	}
	return out
}

// orList writes values as "a, b or c".
func orList(values []string) string {
	if len(values) < 2 {
		return strings.Join(values, "")
	}
	return strings.Join(values[:len(values)-1], ", ") + " or " + values[len(values)-1]
}
