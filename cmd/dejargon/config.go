package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/baseline"
	"github.com/dejargon/dejargon/lint/config"
	"github.com/dejargon/dejargon/lint/wordfreq"
)

// configure builds the resolver for a check run and loads the config of
// every argument up front, so a broken config file stops the run once,
// with its problems, rather than once per file below it. It returns the
// linter of the first argument for the runner's default.
func (o *checkOptions) configure(args []string) (*config.Resolver, *lint.Linter, error) {
	flags := config.Flags{Baseline: o.baseline}
	if o.cmd.Flags().Changed("fail-on") {
		flags.FailOn = o.failOn
	}
	r, err := o.resolver(flags)
	if err != nil {
		return nil, nil, err
	}
	first, err := loadSettings(r, args, o.stdinFilename, func(e *config.Effective) error {
		if e.Baseline != "" && o.writeBaseline == "" {
			if _, err := baseline.Load(e.Baseline); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return r, first, nil
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}

// insideDir names a file in folder dir: settings are worked out for files,
// and a folder's settings are those of the files directly in it.
func insideDir(dir string) string { return filepath.Join(dir, "_") }

func newConfigCmd(io *streams) *cobra.Command {
	o := &linterOptions{}
	var failOn string
	cmd := &cobra.Command{
		Use:   "config [PATH]",
		Short: "Print the settings that apply to a file or folder",
		Long: `Print the settings that apply to PATH (default: the current folder): which
config file was found, which of its overrides match, and the glossaries,
audience, rules, allowed terms, fail_on and baseline that result, after the
command-line flags given here.`,
		Example: `  dejargon config
  dejargon config docs/api/reference.md
  dejargon config --audience general announcements/`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := "."
			if len(args) == 1 {
				path = args[0]
			}
			flags := config.Flags{}
			if cmd.Flags().Changed("fail-on") {
				flags.FailOn = failOn
			}
			r, err := o.resolver(flags)
			if err != nil {
				return err
			}
			query := path
			if isDir(path) {
				query = insideDir(path)
			}
			e, err := r.Effective(query)
			if err != nil {
				return err
			}
			e.Path = path
			l, err := r.LinterFor(&e)
			if err != nil {
				return err
			}
			return printEffective(io.Out, &e, l)
		},
	}
	o.addFlags(cmd)
	enumFlag(cmd, &failOn, "fail-on", "", "", failOnEnum(), "as for check")
	return cmd
}

// printEffective writes the settings as YAML a person can read and paste
// into a config file. Each rule shows the severity its findings get for
// the audience (a glossary entry may still set its own), or off.
func printEffective(w io.Writer, e *config.Effective, l *lint.Linter) error {
	var b strings.Builder
	fmt.Fprintf(&b, "path: %s\n", e.Path)
	fmt.Fprintf(&b, "config: %s\n", orNone(e.Config))
	list(&b, "overrides", e.Overrides)
	fmt.Fprintf(&b, "ignored: %v\n", e.Ignored)
	list(&b, "glossaries", e.Glossaries)
	fmt.Fprintf(&b, "builtin: %s\n", onOff(e.BuiltinOn()))
	fmt.Fprintf(&b, "audience: %s\n", e.AudienceValue())
	b.WriteString("rules:\n")
	for _, r := range l.Rules() {
		setting := "off"
		if l.Enabled(r.ID) {
			setting = string(l.Severity(r))
		}
		fmt.Fprintf(&b, "  %s: %s\n", r.ID, setting)
	}
	list(&b, "allow", e.Allow)
	fmt.Fprintf(&b, "fail_on: %s\n", e.FailOnValue())
	rare := "off"
	if z := l.Profile().RareWordBelow; z != wordfreq.Off {
		rare = z.String()
	}
	fmt.Fprintf(&b, "rare_word_threshold: %s\n", rare)
	fmt.Fprintf(&b, "baseline: %s\n", orNone(e.Baseline))
	_, err := io.WriteString(w, b.String())
	return err
}

func list(b *strings.Builder, key string, items []string) {
	if len(items) == 0 {
		fmt.Fprintf(b, "%s: []\n", key)
		return
	}
	fmt.Fprintf(b, "%s:\n", key)
	for _, it := range items {
		fmt.Fprintf(b, "  - %s\n", it)
	}
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}
