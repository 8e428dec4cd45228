package main

import (
	"encoding/json"
	"errors"
	"fmt"
	goio "io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/config"
)

func newGlossaryCmd(io *streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "glossary",
		Short: "List the glossary, check glossary files or suggest entries",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("name a subcommand: list, check or suggest")
		},
	}
	cmd.AddCommand(newGlossaryListCmd(io), newGlossaryCheckCmd(io), newGlossarySuggestCmd(io))
	return cmd
}

type glossaryListOptions struct {
	glossaries []string
	noBuiltin  bool
	configPath string
	kind       string
	audience   string
	format     string
}

func newGlossaryListCmd(io *streams) *cobra.Command {
	o := &glossaryListOptions{}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the merged glossary: built-in terms and your own",
		Long: `List the glossary that checks the current folder: the built-in terms and the
glossaries of the nearest .dejargon.yaml (or --config), then those given
with --glossary, as check merges them.`,
		Example: `  dejargon glossary list --kind acronym
  dejargon glossary list -g team.yaml --audience executive --format markdown`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return glossaryList(io, o, cmd)
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&o.glossaries, "glossary", "g", nil, "add a glossary `file` (repeatable; later files override earlier terms)")
	f.BoolVar(&o.noBuiltin, "no-builtin", false, "leave out the built-in glossary")
	f.StringVar(&o.configPath, "config", "", "use this config `file` instead of the nearest "+config.FileName)
	enumFlag(cmd, &o.kind, "kind", "", "", kindEnum(), "list only entries of this kind")
	enumFlag(cmd, &o.audience, "audience", "a", "", audienceEnum(), "list only what check reports to this audience, with its severity")
	enumFlag(cmd, &o.format, "format", "f", listFormats[0].name, listEnum(), "output format")
	return cmd
}

func glossaryList(io *streams, o *glossaryListOptions, cmd *cobra.Command) error {
	write, ok := lookupFormat(listFormats, o.format)
	if !ok {
		return usageError{&enumError{flag: "format", value: o.format, values: listEnum().values}}
	}
	// The config decides the glossaries as it does for check, so a team's
	// entries are listed without repeating -g.
	lo := &linterOptions{glossaries: o.glossaries, noBuiltin: o.noBuiltin, configPath: o.configPath,
		audience: o.audience, cmd: cmd}
	r, err := lo.resolver(config.Flags{})
	if err != nil {
		return err
	}
	e, err := r.Effective(insideDir("."))
	if err != nil {
		return err
	}
	l, err := r.LinterFor(&e)
	if err != nil {
		return err
	}
	g := l.Glossary()
	// With an audience, the listing is what check reports to it: the
	// config's allowed terms, rules turned off and severities count too.
	var reader *lint.Linter
	if o.audience != "" {
		reader = l
	}
	var entries []listed
	for _, e := range g.Entries {
		if o.kind != "" && string(e.Kind) != o.kind {
			continue
		}
		item := listed{Entry: e}
		if reader != nil {
			severity, counts := reader.Judge(e)
			if !counts {
				continue
			}
			item.severity = severity
		}
		entries = append(entries, item)
	}
	if err := write(io.Out, entries); err != nil {
		return fmt.Errorf("writing glossary: %w", err)
	}
	return nil
}

// listed is an entry in a listing, with the severity check gives it for
// the audience asked for (empty when no audience was named).
type listed struct {
	*glossary.Entry
	severity glossary.Severity
}

// listFormats are the ways `glossary list` can print entries, the first
// the default; --format, its help and its completion come from them.
var listFormats = []namedFormat[func(goio.Writer, []listed) error]{
	{name: "text", write: listText},
	{name: "markdown", alias: "md", write: listMarkdown},
	{name: "json", write: listJSON},
}

func listEnum() enum { return formatEnum(listFormats) }

// listText prints one aligned line per entry: the term, its kind, the
// severity for the audience asked for, and what it stands for or what to
// write instead.
func listText(w goio.Writer, entries []listed) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t", e.Term, e.Kind)
		if e.severity != "" {
			fmt.Fprintf(tw, "%s\t", e.severity)
		}
		fmt.Fprintf(tw, "%s\n", summary(e.Entry))
	}
	return tw.Flush()
}

// summary is the short explanation of an entry in a listing.
func summary(e *glossary.Entry) string {
	var parts []string
	if e.Expansion != "" {
		parts = append(parts, e.Expansion)
	}
	if len(e.Replace) > 0 {
		parts = append(parts, "write: "+strings.Join(e.Replace, "; "))
	}
	return strings.Join(parts, " · ")
}

// listMarkdown prints a table, for a wiki page or a style guide.
func listMarkdown(w goio.Writer, entries []listed) error {
	cell := strings.NewReplacer("|", `\|`, "\n", " ")
	withSeverity := len(entries) > 0 && entries[0].severity != ""
	var b strings.Builder
	if withSeverity {
		b.WriteString("| term | kind | severity | stands for | means | write instead |\n")
		b.WriteString("| --- | --- | --- | --- | --- | --- |\n")
	} else {
		b.WriteString("| term | kind | stands for | means | write instead |\n")
		b.WriteString("| --- | --- | --- | --- | --- |\n")
	}
	for _, e := range entries {
		fmt.Fprintf(&b, "| %s | %s | ", cell.Replace(e.Term), e.Kind)
		if withSeverity {
			fmt.Fprintf(&b, "%s | ", e.severity)
		}
		fmt.Fprintf(&b, "%s | %s | %s |\n", cell.Replace(e.Expansion), cell.Replace(e.Definition), cell.Replace(strings.Join(e.Replace, "; ")))
	}
	_, err := goio.WriteString(w, b.String())
	return err
}

// listJSON prints the entries in the glossary's own field names, with
// where each was defined.
func listJSON(w goio.Writer, items []listed) error {
	entries := make([]*glossary.Entry, len(items))
	for i, it := range items {
		entries[i] = it.Entry
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Version int               `json:"version"`
		Entries []*glossary.Entry `json:"entries"`
	}{1, entries})
}

func newGlossaryCheckCmd(io *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE...",
		Short: "Validate glossary files and report every problem as file:line:col",
		Long: `Validate glossary files. Every problem in every file is printed as
file:line:col: what is wrong. Exit status 2 if any file has a problem.`,
		Example: `  dejargon glossary check team.yaml`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			failed := false
			for _, path := range args {
				g, err := glossary.Load(path)
				var list glossary.ErrorList
				switch {
				case errors.As(err, &list):
					for _, e := range list {
						fmt.Fprintln(io.Out, e)
					}
					failed = true
				case err != nil:
					fmt.Fprintf(io.ErrOut, "dejargon: %s\n", err) // names the file
					failed = true
				default:
					fmt.Fprintf(io.Out, "%s: ok, %s\n", path, plural(len(g.Entries), "entry", "entries"))
				}
			}
			if failed {
				return errSilent
			}
			return nil
		},
	}
}
