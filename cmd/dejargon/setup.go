package main

import (
	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
)

// linterOptions are the flags every command that checks text shares.
type linterOptions struct {
	glossaries []string
	noBuiltin  bool
	audience   string
}

func (o *linterOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringArrayVarP(&o.glossaries, "glossary", "g", nil, "add a glossary `file` (repeatable; later files override earlier terms)")
	f.BoolVar(&o.noBuiltin, "no-builtin", false, "leave out the built-in glossary")
	f.StringVarP(&o.audience, "audience", "a", string(lint.DefaultAudience), "who will read the text: general, business, executive or technical")
}

// linter loads the glossaries and builds the linter.
func (o *linterOptions) linter() (*lint.Linter, error) {
	g, err := glossary.LoadAll(!o.noBuiltin, o.glossaries...)
	if err != nil {
		return nil, err
	}
	return lint.New(g, lint.WithAudience(glossary.Audience(o.audience)))
}
