package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/config"
)

func newExplainCmd(io *streams) *cobra.Command {
	o := &linterOptions{}
	ef := &explainForOptions{}
	cmd := &cobra.Command{
		Use:   "explain TERM... | explain --for FILE...",
		Short: "Say what the glossary knows about a term and how rare a word is, or list the terms a file uses",
		Example: `  dejargon explain SLA
  dejargon explain leveraging "circle back"
  dejargon explain -a general idempotent
  dejargon explain --for mail.eml
  dejargon explain --for --format markdown announcement.md`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if ef.on {
				cfg, err := o.resolver(config.Flags{})
				if err != nil {
					return err
				}
				return explainFor(io, cfg.Linter, ef, args)
			}
			l, err := o.linter()
			if err != nil {
				return err
			}
			missing := 0
			for i, term := range args {
				if i > 0 {
					fmt.Fprintln(io.Out)
				}
				p := l.Profile()
				e := l.Lookup(term)
				if e == nil {
					fmt.Fprintf(io.ErrOut, "dejargon: no glossary entry for %q\n", term)
					missing++
					// Words no glossary lists may still be rare: say how rare.
					var b strings.Builder
					if printFrequency(&b, term, true, p.Audience, p.RareWordBelow) {
						fmt.Fprintf(io.Out, "%s (not in the glossary)\n%s", term, b.String())
					}
					continue
				}
				printEntry(io.Out, e)
				if !strings.Contains(e.Term, " ") && e.Kind != glossary.Acronym {
					printFrequency(io.Out, e.Term, false, p.Audience, p.RareWordBelow)
				}
			}
			if missing > 0 {
				return errFindings
			}
			return nil
		},
	}
	o.addFlags(cmd)
	ef.addFlags(cmd)
	return cmd
}

// printEntry writes what a writer needs to know about an entry.
func printEntry(w io.Writer, e *glossary.Entry) {
	fmt.Fprintf(w, "%s (%s)\n", e.Term, e.Kind)
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(w, "  %-11s %s\n", name+":", value)
		}
	}
	field("stands for", e.Expansion)
	field("means", e.Definition)
	field("write", strings.Join(e.Replace, "; "))
	field("why", e.Note)
	if len(e.Audiences) > 0 {
		names := make([]string, len(e.Audiences))
		for i, a := range e.Audiences {
			names[i] = string(a)
		}
		field("flagged for", strings.Join(names, ", "))
	}
	field("severity", string(e.DefaultSeverity()))
	field("defined in", e.Source)
}
