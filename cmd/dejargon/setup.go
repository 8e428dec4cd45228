package main

import (
	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/config"
	"github.com/dejargon/dejargon/lint/reader"
)

// linterOptions are the flags every command that checks text shares.
type linterOptions struct {
	glossaries []string
	noBuiltin  bool
	audience   string
	configPath string
	// extra are linter options a command's own flags add
	// (check --report-unused-disables).
	extra []lint.Option
	// cmd is asked which flags were given, since only those win over the
	// config file.
	cmd *cobra.Command
}

func (o *linterOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringArrayVarP(&o.glossaries, "glossary", "g", nil, "add a glossary `file` (repeatable; later files override earlier terms)")
	f.BoolVar(&o.noBuiltin, "no-builtin", false, "leave out the built-in glossary")
	enumFlag(cmd, &o.audience, "audience", "a", string(lint.DefaultAudience), audienceEnum(), "who will read the text")
	f.StringVar(&o.configPath, "config", "", "use this config `file` instead of the nearest "+config.FileName)
	o.cmd = cmd
}

// baseOptions are applied to every linter before the config's settings.
func (o *linterOptions) baseOptions() []lint.Option {
	return o.extra
}

// resolver combines the config files with the flags given; extra carries
// flags only some commands have (--fail-on, --baseline).
func (o *linterOptions) resolver(extra config.Flags) (*config.Resolver, error) {
	loader, err := config.NewLoader(o.configPath)
	if err != nil {
		return nil, usageError{err}
	}
	flags := extra
	flags.Glossaries = o.glossaries
	flags.NoBuiltin = o.noBuiltin
	if o.cmd != nil && o.cmd.Flags().Changed("audience") {
		flags.Audience = glossary.Audience(o.audience)
	}
	return config.NewResolver(loader, flags, o.baseOptions()...), nil
}

// linter builds the linter for text in the current folder.
func (o *linterOptions) linter() (*lint.Linter, error) {
	r, err := o.resolver(config.Flags{})
	if err != nil {
		return nil, err
	}
	return r.Linter(".")
}

// parseTypeFlag turns --type into a reader type; empty means "go by the
// file name". A bad value is a usage error.
func parseTypeFlag(s string) (reader.Type, error) {
	if s == "" {
		return reader.Auto, nil
	}
	t, err := reader.ParseType(s)
	if err != nil {
		return reader.Auto, usageError{err}
	}
	return t, nil
}
