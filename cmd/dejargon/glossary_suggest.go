package main

import (
	"fmt"
	goio "io"
	"sort"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/config"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/rules"
	"github.com/dejargon/dejargon/lint/runner"
	"github.com/dejargon/dejargon/lint/wordfreq"
)

type glossarySuggestOptions struct {
	linterOptions
	typ string
}

func newGlossarySuggestCmd(io *streams) *cobra.Command {
	o := &glossarySuggestOptions{}
	cmd := &cobra.Command{
		Use:   "suggest PATH...",
		Short: "Print the rare words of files and folders as glossary entries to fill in",
		Long: `Check files and folders (walked as check walks them) for words rare in
everyday English that no glossary lists (the rare-word rule, with the
audience and thresholds check would use), and print them as a glossary:
YAML entries of kind jargon with empty definitions, the most used first,
each with a comment saying how often and in how many files it is used.
Fill in a definition and a plain replacement, delete the entries that are
names or that your readers know, and add the file with --glossary or the
config's glossaries key.

Exit status: 0, or 2 when a file could not be read.`,
		Example: `  dejargon glossary suggest docs/ > suggested.yaml
  dejargon glossary suggest -a general announcements/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return glossarySuggest(io, o, args)
		},
	}
	o.addFlags(cmd)
	enumFlag(cmd, &o.typ, "type", "", "", typeEnum(), "read every input as this type instead of going by its extension")
	return cmd
}

// suggestion is one rare word across the files checked.
type suggestion struct {
	term  string
	uses  int
	files int
}

func glossarySuggest(io *streams, o *glossarySuggestOptions, args []string) error {
	typ, err := parseTypeFlag(o.typ)
	if err != nil {
		return err
	}
	cfg, err := o.resolver(config.Flags{})
	if err != nil {
		return err
	}
	l, err := loadSettings(cfg, args, "", nil)
	if err != nil {
		return err
	}
	if why := rareWordOff(cfg, args); why != "" {
		// An empty list would read as "no rare words here".
		fmt.Fprintf(io.ErrOut, "dejargon: rare-word is off %s, so nothing is suggested\n", why)
	}
	byTerm := map[string]*suggestion{}
	rep := runner.Run(l, args, runner.Options{
		Reader:    reader.Options{Type: typ},
		Stdin:     io.In,
		LinterFor: newSettingsGuard(io, cfg.Linter).Linter,
		Skip:      func(path string, _ bool) bool { return cfg.Ignored(path) },
		OnFile: func(findings []lint.Finding) {
			for _, f := range findings {
				if f.Rule != rules.RareWord.ID {
					continue
				}
				s := byTerm[f.Term]
				if s == nil {
					s = &suggestion{term: f.Term}
					byTerm[f.Term] = s
				}
				s.uses += f.Occurrences
				s.files++
			}
		},
	})
	for _, n := range rep.Notes {
		fmt.Fprintf(io.ErrOut, "dejargon: %s: %s\n", n.Path, n.Message)
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(io.ErrOut, "dejargon: %s: %s\n", e.Path, e.Message)
	}
	list := make([]*suggestion, 0, len(byTerm))
	for _, s := range byTerm {
		list = append(list, s)
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.uses != b.uses {
			return a.uses > b.uses
		}
		if a.files != b.files {
			return a.files > b.files
		}
		return a.term < b.term
	})
	if err := writeSuggestions(io.Out, list, rep.FilesChecked); err != nil {
		return fmt.Errorf("writing suggestions: %w", err)
	}
	if len(rep.Errors) > 0 {
		return errSilent
	}
	return nil
}

// writeSuggestions prints the words as a glossary file that `glossary
// check` accepts as it stands. The YAML is built as nodes, so any word is
// quoted as YAML needs.
func writeSuggestions(w goio.Writer, list []*suggestion, files int) error {
	str := func(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }
	quoted := func(s string) *yaml.Node {
		return &yaml.Node{Kind: yaml.ScalarNode, Value: s, Style: yaml.DoubleQuotedStyle}
	}
	entries := &yaml.Node{Kind: yaml.SequenceNode}
	for _, s := range list {
		term := str(s.term)
		term.LineComment = fmt.Sprintf("%s in %s", plural(s.uses, "use", "uses"), plural(s.files, "file", "files"))
		entries.Content = append(entries.Content, &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
			str("term"), term,
			str("kind"), str("jargon"),
			str("definition"), quoted(""),
		}})
	}
	if len(list) == 0 {
		entries.Style = yaml.FlowStyle
	}
	root := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		str("version"), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: "1"},
		str("entries"), entries,
	}}
	root.HeadComment = fmt.Sprintf("Words rare in everyday English found in %s by dejargon glossary suggest,\n"+
		"the most used first. Write each definition (and a plain replacement under\n"+
		"replace), and delete the entries that are names or that readers know.", plural(files, "file", "files"))
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return err
	}
	return enc.Close()
}

// rareWordOff says why the rare-word rule is off for every path named,
// with what turns it on, or "" when it runs for any of them.
func rareWordOff(cfg *config.Resolver, args []string) string {
	why := ""
	for _, a := range args {
		e, err := cfg.Effective(settingsPath(a, ""))
		if err != nil {
			return ""
		}
		l, err := cfg.LinterFor(&e)
		if err != nil {
			return ""
		}
		switch {
		case l.Profile().RareWordBelow == wordfreq.Off:
			why = fmt.Sprintf("for %s readers (set rare_word_threshold in %s, or name another --audience)", l.Profile().Audience, config.FileName)
		case !l.Enabled(rules.RareWord.ID):
			why = fmt.Sprintf("in the config (rules: {%s: off})", rules.RareWord.ID)
		default:
			return ""
		}
	}
	return why
}
