package engine

import (
	"fmt"
	"hash/fnv"
	"path"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/config"
)

// TeamFile is a team glossary or a .dejargon.yaml the writer loaded into
// the page from disk.
type TeamFile struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// TeamInfo is what the page learns from its team files when it loads
// them: the audience a config sets, to select it, and what was loaded.
type TeamInfo struct {
	Audience glossary.Audience `json:"audience,omitempty"`
	// Terms counts the entries of the team glossaries.
	Terms int      `json:"terms"`
	Notes []string `json:"notes"`
}

// configDir is the folder the page's config file is taken to live in:
// the page has no file system, so the glossaries a config names are
// found among the loaded files by name.
const configDir = "/"

// isConfig tells a .dejargon.yaml from a glossary: a glossary is a list
// or a mapping of version and entries; anything else is read as a config,
// whose parser names the keys it does not know.
func isConfig(f TeamFile) bool {
	base := strings.ToLower(path.Base(f.Name))
	if base == ".dejargon.yaml" || base == ".dejargon.yml" {
		return true
	}
	var doc yaml.Node
	if yaml.Unmarshal([]byte(f.Text), &doc) != nil || len(doc.Content) == 0 {
		return false
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i].Value; k == "entries" || k == "version" {
			return false
		}
	}
	return true
}

// team is the settings the team files add up to.
type team struct {
	cfg       *config.Settings
	glossary  *glossary.Glossary
	info      TeamInfo
	overrides int
}

// loadTeam parses the team files: at most one config and any number of
// glossaries. A glossary the config names is used in the config's order;
// the others follow in the order they were loaded.
func loadTeam(files []TeamFile) (*team, error) {
	t := &team{info: TeamInfo{Notes: []string{}}}
	glossaries := map[string]*glossary.Glossary{}
	var order []string
	for _, f := range files {
		if isConfig(f) {
			if t.cfg != nil {
				return nil, fmt.Errorf("%s: only one config file can be loaded", f.Name)
			}
			c, err := config.Parse(f.Name, configDir, []byte(f.Text))
			if err != nil {
				return nil, err
			}
			t.cfg = &c.Top
			t.overrides = len(c.Overrides)
			continue
		}
		g, err := glossary.Parse(f.Name, []byte(f.Text))
		if err != nil {
			return nil, err
		}
		glossaries[path.Base(f.Name)] = g
		order = append(order, path.Base(f.Name))
	}
	used := map[string]bool{}
	var gs []*glossary.Glossary
	if t.cfg == nil || t.cfg.Builtin == nil || *t.cfg.Builtin {
		b, err := glossary.Builtin()
		if err != nil {
			return nil, err
		}
		gs = append(gs, b)
	}
	if t.cfg != nil {
		t.info.Audience = t.cfg.Audience
		for _, p := range t.cfg.Glossaries {
			base := path.Base(p)
			g, ok := glossaries[base]
			if !ok {
				t.info.Notes = append(t.info.Notes, fmt.Sprintf("the config names the glossary %s; load it too to use its terms", base))
				continue
			}
			used[base] = true
			gs = append(gs, g)
			t.info.Terms += len(g.Entries)
		}
		if t.overrides > 0 {
			t.info.Notes = append(t.info.Notes, "the config's overrides apply to paths, so the page uses only its top-level settings")
		}
	}
	for _, name := range order {
		if !used[name] {
			gs = append(gs, glossaries[name])
			t.info.Terms += len(glossaries[name].Entries)
		}
	}
	t.glossary = glossary.Merge(gs...)
	return t, nil
}

// options are the linter options the config's settings give.
func (t *team) options() []lint.Option {
	if t.cfg == nil {
		return nil
	}
	var opts []lint.Option
	ids := make([]string, 0, len(t.cfg.Rules))
	for id := range t.cfg.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		s := t.cfg.Rules[id]
		if s.Off {
			opts = append(opts, lint.WithRuleDisabled(id))
		} else {
			opts = append(opts, lint.WithRuleSeverity(id, s.Severity))
		}
	}
	if len(t.cfg.Allow) > 0 {
		opts = append(opts, lint.WithAllowed(t.cfg.Allow...))
	}
	return opts
}

// LoadTeam checks team files and says what they hold, for the page to
// show when the writer loads them.
func LoadTeam(files []TeamFile) (TeamInfo, error) {
	t, err := loadTeam(files)
	if err != nil {
		return TeamInfo{}, err
	}
	return t.info, nil
}

// linterFor returns the linter for the request's settings, reusing the
// last one when they are unchanged.
func (e *Engine) linterFor(req Request) (*lint.Linter, []string, error) {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%q\x00", req.Audience, req.Allow)
	for _, f := range req.Team {
		fmt.Fprintf(h, "%s\x00%d\x00%s\x00", f.Name, len(f.Text), f.Text)
	}
	key := fmt.Sprintf("%x", h.Sum64())
	if e.linter != nil && key == e.key {
		return e.linter, e.notes, nil
	}
	t, err := loadTeam(req.Team)
	if err != nil {
		return nil, nil, err
	}
	a := req.Audience
	if a == "" {
		a = t.info.Audience
	}
	opts := append([]lint.Option{lint.WithAudience(a)}, t.options()...)
	if len(req.Allow) > 0 {
		opts = append(opts, lint.WithAllowed(req.Allow...))
	}
	l, err := lint.New(t.glossary, opts...)
	if err != nil {
		return nil, nil, err
	}
	e.key, e.linter, e.notes = key, l, t.info.Notes
	return l, t.info.Notes, nil
}
