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
	"github.com/dejargon/dejargon/lint/config"
)

func newGlossaryCmd(io *streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "glossary",
		Short: "List the glossary or check glossary files",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("name a subcommand: list or check")
		},
	}
	cmd.AddCommand(newGlossaryListCmd(io), newGlossaryCheckCmd(io))
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
			return glossaryList(io, o)
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&o.glossaries, "glossary", "g", nil, "add a glossary `file` (repeatable; later files override earlier terms)")
	f.BoolVar(&o.noBuiltin, "no-builtin", false, "leave out the built-in glossary")
	f.StringVar(&o.configPath, "config", "", "use this config `file` instead of the nearest "+config.FileName)
	f.StringVar(&o.kind, "kind", "", "list only entries of this kind: acronym, jargon or wordy")
	f.StringVarP(&o.audience, "audience", "a", "", "list only entries that count for this audience: general, business, executive or technical")
	f.StringVarP(&o.format, "format", "f", "text", "output format: text, markdown or json")
	return cmd
}

func glossaryList(io *streams, o *glossaryListOptions) error {
	if o.kind != "" && !validName(o.kind, glossary.Kinds) {
		return usagef("unknown --kind %q (want acronym, jargon or wordy)", o.kind)
	}
	if o.audience != "" && !validName(o.audience, glossary.Audiences) {
		return usagef("unknown --audience %q (want general, business, executive or technical)", o.audience)
	}
	write, ok := listFormats[o.format]
	if !ok {
		return usagef("unknown --format %q (want text, markdown or json)", o.format)
	}
	// The config decides the glossaries as it does for check, so a team's
	// entries are listed without repeating -g.
	lo := &linterOptions{glossaries: o.glossaries, noBuiltin: o.noBuiltin, configPath: o.configPath}
	r, err := lo.resolver(config.Flags{})
	if err != nil {
		return err
	}
	e, err := r.Effective(insideDir("."))
	if err != nil {
		return err
	}
	g, err := glossary.LoadAll(e.BuiltinOn(), e.Glossaries...)
	if err != nil {
		return err
	}
	var entries []*glossary.Entry
	for _, e := range g.Entries {
		if o.kind != "" && string(e.Kind) != o.kind {
			continue
		}
		if o.audience != "" && !e.AppliesTo(glossary.Audience(o.audience)) {
			continue
		}
		entries = append(entries, e)
	}
	if err := write(io.Out, entries); err != nil {
		return fmt.Errorf("writing glossary: %w", err)
	}
	return nil
}

func validName[T ~string](s string, valid []T) bool {
	for _, v := range valid {
		if string(v) == s {
			return true
		}
	}
	return false
}

// listFormats are the ways `glossary list` can print entries.
var listFormats = map[string]func(goio.Writer, []*glossary.Entry) error{
	"text":     listText,
	"markdown": listMarkdown,
	"md":       listMarkdown,
	"json":     listJSON,
}

// listText prints one aligned line per entry: the term, its kind, and
// what it stands for or what to write instead.
func listText(w goio.Writer, entries []*glossary.Entry) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", e.Term, e.Kind, summary(e))
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
func listMarkdown(w goio.Writer, entries []*glossary.Entry) error {
	cell := strings.NewReplacer("|", `\|`, "\n", " ")
	var b strings.Builder
	b.WriteString("| term | kind | stands for | means | write instead |\n")
	b.WriteString("| --- | --- | --- | --- | --- |\n")
	for _, e := range entries {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", cell.Replace(e.Term), e.Kind,
			cell.Replace(e.Expansion), cell.Replace(e.Definition), cell.Replace(strings.Join(e.Replace, "; ")))
	}
	_, err := goio.WriteString(w, b.String())
	return err
}

// listJSON prints the entries in the glossary's own field names, with
// where each was defined.
func listJSON(w goio.Writer, entries []*glossary.Entry) error {
	if entries == nil {
		entries = []*glossary.Entry{}
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
