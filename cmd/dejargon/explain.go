package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/config"
	"github.com/dejargon/dejargon/lint/rules"
)

func newExplainCmd(io *streams) *cobra.Command {
	o := &linterOptions{}
	ef := &explainForOptions{}
	var rule bool
	cmd := &cobra.Command{
		Use:   "explain TERM... | explain --for FILE... | explain --rule ID...",
		Short: "Say what the glossary knows about a term and how rare a word is, or list the terms a file uses",
		Example: `  dejargon explain SLA
  dejargon explain leveraging "circle back"
  dejargon explain -a general idempotent
  dejargon explain --for mail.eml
  dejargon explain --for --format markdown announcement.md
  dejargon explain --rule passive-voice`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if rule {
				return explainRules(io, args)
			}
			if ef.on {
				cfg, err := o.resolver(config.Flags{})
				if err != nil {
					return err
				}
				if _, err := loadSettings(cfg, args, "", nil); err != nil {
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
				printEntry(io.Out, e, l)
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
	cmd.Flags().BoolVar(&rule, "rule", false, "treat the arguments as rule ids and say what each rule reports")
	cmd.ValidArgsFunction = func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		if rule {
			return rules.IDs(), cobra.ShellCompDirectiveNoFileComp
		}
		return nil, cobra.ShellCompDirectiveDefault
	}
	return cmd
}

// printEntry writes what a writer needs to know about an entry, and
// what check, run with linter l, makes of it.
func printEntry(w io.Writer, e *glossary.Entry, l *lint.Linter) {
	fmt.Fprintf(w, "%s (%s)\n", e.Term, e.Kind)
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(w, "  %-12s %s\n", name+":", value)
		}
	}
	field("stands for", e.Expansion)
	field("means", e.Definition)
	field("write", strings.Join(e.Replace, "; "))
	field("why", e.Note)
	field("flagged for", flaggedFor(e))
	field("severity", verdict(e, l))
	for _, s := range e.Senses {
		fmt.Fprintf(w, "  near %s:\n", strings.Join(s.When, ", "))
		if s.Plain {
			fmt.Fprintf(w, "    %-9s %s\n", "plain:", "ordinary English here; not reported")
			continue
		}
		for _, kv := range [][2]string{{"means", s.Definition}, {"write", strings.Join(s.Replace, "; ")}, {"why", s.Note}} {
			if kv[1] != "" {
				fmt.Fprintf(w, "    %-9s %s\n", kv[0]+":", kv[1])
			}
		}
	}
	field("defined in", e.Source)
}

// flaggedFor names the audiences an entry is flagged for; empty when it
// is flagged for every audience, the default.
func flaggedFor(e *glossary.Entry) string {
	if len(e.Audiences) == 1 && e.Audiences[0] == glossary.Nobody {
		return "no one: every reader knows it"
	}
	names := make([]string, len(e.Audiences))
	for i, a := range e.Audiences {
		names[i] = string(a)
	}
	return strings.Join(names, ", ")
}

// verdict says what check, run with linter l, reports for entry e: the
// severity, or that it stays quiet.
func verdict(e *glossary.Entry, l *lint.Linter) string {
	a := l.Profile().Audience
	if r := rules.ForKind(e.Kind); !l.Enabled(r.ID) {
		return fmt.Sprintf("not reported: the %s rule is off", r.ID)
	}
	if l.Allows(e.Term) {
		return "not reported: allowed by the config (allow)"
	}
	severity, counts := l.Judge(e)
	if !counts {
		return fmt.Sprintf("not flagged for %s readers", a)
	}
	return fmt.Sprintf("%s for %s readers", severity, a)
}
