package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/glossary"
)

// run executes the command line args and returns the exit status.
func run(args []string, sys *streams) int {
	io := *sys
	out := &outputWriter{w: sys.Out}
	io.Out = out
	root := newRootCmd(&io)
	root.SetArgs(args)
	err := root.Execute()
	if werr := out.Err(); werr != nil && (err == nil || errors.Is(err, errFindings) || errors.Is(err, errSilent)) {
		// Whatever the command decided, output that could not be written
		// is a failure: a script must not take an empty report for a clean
		// one.
		fmt.Fprintf(io.ErrOut, "dejargon: writing output: %v\n", werr)
		return exitError
	}
	if err != nil && !errors.Is(err, errFindings) && !errors.Is(err, errSilent) {
		// A broken glossary or config lists several problems, one per
		// line: each gets the prefix, so every one stands alone for
		// editors and CI. Other errors print as they are written.
		var list glossary.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				fmt.Fprintf(io.ErrOut, "dejargon: %s\n", e)
			}
		} else {
			fmt.Fprintf(io.ErrOut, "dejargon: %s\n", strings.TrimRight(err.Error(), "\n "))
		}
		var u usageError
		if errors.As(err, &u) {
			fmt.Fprintln(io.ErrOut, "Run 'dejargon --help' for usage.")
		}
	}
	return exitCode(err)
}

func newRootCmd(io *streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "dejargon",
		Short: "Find jargon, undefined acronyms and wordy phrases in drafts for non-technical readers",
		Long: `dejargon checks announcements, emails, specs and runbooks written for readers
outside IT. It finds undefined acronyms, IT jargon and corporate filler, says
what each term means, and suggests what to write instead.`,
		Version:       versionString(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	root.SetVersionTemplate("dejargon {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		// A value outside a flag's list says so itself, without pflag's
		// "invalid argument" wrapping.
		var bad *enumError
		if errors.As(err, &bad) {
			return usageError{bad}
		}
		return usageError{err}
	})
	root.AddCommand(newCheckCmd(io), newExplainCmd(io), newVersionCmd(io))
	root.AddCommand(newFixCmd(io), newGlossaryCmd(io))
	root.AddCommand(newInitCmd(io), newConfigCmd(io))
	root.AddCommand(newCompletionCmd(io), newManCmd(io))
	root.AddCommand(newStatsCmd(io), newLSPCmd(io))
	root.AddCommand(newServeCmd(io))
	argsAreUsage(root)
	noFileValues(root)
	return root
}

// argsAreUsage makes a wrong number of arguments a usage error that names
// the command, like a wrong flag: "dejargon: explain: requires at least 1
// arg(s), only received 0" and the hint to run --help, not cobra's bare
// sentence.
func argsAreUsage(c *cobra.Command) {
	if check := c.Args; check != nil {
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				name := strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
				return usageError{fmt.Errorf("%s: %w", name, err)}
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		argsAreUsage(sub)
	}
}
