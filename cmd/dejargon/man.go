package main

import (
	"fmt"
	goio "io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dejargon/dejargon/lint/config"
)

// The man page is written as roff straight from the command tree, rather
// than through cobra/doc, whose Markdown-to-roff path (blackfriday and
// go-md2man) would be linked into every binary for this one command.

func newManCmd(io *streams) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "man",
		Short: "Print the man page, or write the pages to a folder",
		Long: `Print the dejargon(1) man page: every command and flag (from the same text
as --help), the exit status, the configuration file, the environment
variables and examples. With --dir, write it and a page for each command
(dejargon-check.1, ...) into a folder, as the release archives ship them.`,
		Example: `  dejargon man | man -l -
  dejargon man --dir /usr/local/share/man/man1`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			root := cmd.Root()
			if dir == "" {
				return writeMan(io.Out, root)
			}
			return writeManDir(dir, root)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "write the pages into this `folder`")
	return cmd
}

func writeManDir(dir string, root *cobra.Command) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating the man page folder: %w", err)
	}
	write := func(name string, fn func(goio.Writer) error) error {
		var b strings.Builder
		if err := fn(&b); err != nil {
			return err
		}
		if err := writeFileAtomic(filepath.Join(dir, name), []byte(b.String())); err != nil {
			return fmt.Errorf("writing man page %s: %w", name, err)
		}
		return nil
	}
	if err := write("dejargon.1", func(w goio.Writer) error { return writeMan(w, root) }); err != nil {
		return err
	}
	for _, c := range visibleCommands(root) {
		c := c
		name := strings.ReplaceAll(c.CommandPath(), " ", "-") + ".1"
		if err := write(name, func(w goio.Writer) error { return writeCommandMan(w, c) }); err != nil {
			return err
		}
	}
	return nil
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so a reader never sees half a page.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// visibleCommands lists every command below root, depth first, leaving out
// hidden ones and cobra's help.
func visibleCommands(root *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	for _, c := range root.Commands() {
		if c.Hidden || c.Name() == "help" {
			continue
		}
		out = append(out, c)
		out = append(out, visibleCommands(c)...)
	}
	return out
}

// environment lists the variables dejargon reads.
var environment = []struct{ name, doc string }{
	{"NO_COLOR", "when set, to anything, pretty output has no colours (https://no-color.org)."},
	{"TERM", "set to dumb, turns colours off too."},
	{"COLUMNS", "the width pretty output and the stats table fit to; by default the terminal's, and no limit in a pipe."},
	{"CI", "when set, check draws no progress line on stderr."},
	{"GITHUB_STEP_SUMMARY", "the job summary file GitHub Actions sets; check appends a Markdown summary of its findings to it."},
	{"GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_WORKSPACE", "link the job summary's findings to their lines."},
}

// manExamples are the page's EXAMPLES section.
var manExamples = []struct{ doc, cmd string }{
	{"Check a draft; exit status 1 means something was found.", "dejargon check announcement.md"},
	{"Check a folder for executives, failing only on warnings and errors.", "dejargon check --audience executive --fail-on warning docs/"},
	{"Check what a pull request changed, as annotations.", "dejargon check --new-from-rev origin/main --format github docs/"},
	{"Record today's findings, then report only new ones.", "dejargon check --write-baseline .dejargon-baseline.json docs/\n.br\ndejargon check --baseline .dejargon-baseline.json docs/"},
	{"Explain a term.", "dejargon explain SLA"},
	{"Apply the safe fixes.", "dejargon fix --write docs/"},
}

// writeMan writes the whole dejargon(1) page.
func writeMan(w goio.Writer, root *cobra.Command) error {
	m := &roff{w: w}
	m.header(root.Name(), "dejargon manual")
	m.section("NAME")
	m.raw(escape(root.Name()) + " \\- " + escape(root.Short))
	m.section("SYNOPSIS")
	m.raw(".B dejargon\n.I command\n[\n.I flags\n]\n[\n.I path\n\\&...]")
	m.section("DESCRIPTION")
	m.para(root.Long)
	m.section("COMMANDS")
	for _, c := range visibleCommands(root) {
		m.raw(".SS " + escape(c.CommandPath()[len(root.Name())+1:]))
		m.command(c)
	}
	m.section("GLOBAL OPTIONS")
	m.flags(root.PersistentFlags())
	m.raw(".TP\n.B \\-h, \\-\\-help\nhelp for any command\n.TP\n.B \\-v, \\-\\-version\nprint the version")
	m.section("EXIT STATUS")
	m.raw(fmt.Sprintf(".TP\n.B %d\nnothing at or above \\-\\-fail\\-on was found (or the command succeeded).", exitOK))
	m.raw(fmt.Sprintf(".TP\n.B %d\nfindings at or above \\-\\-fail\\-on were found (for explain: a term is not in the glossary).", exitFindings))
	m.raw(fmt.Sprintf(".TP\n.B %d\na usage, input, configuration or glossary error; other files are still checked.", exitError))
	m.section("CONFIGURATION FILE")
	m.para("dejargon reads the nearest " + config.FileName + " (or .dejargon.yml), looking from each checked file's folder up to the repository root, or the file named with --config. Flags given on the command line win over it. Its keys:")
	for _, k := range config.Keys {
		m.raw(".TP\n.BI \"" + escape(k.Name) + ": \" \"" + escape(k.Value) + "\"\n" + escape(capitalize(k.Doc)) + ".")
	}
	m.section("INLINE DIRECTIVES")
	m.para("A draft can turn checks off where it stands. Markdown and HTML write <!-- dejargon-disable -->, <!-- dejargon-enable -->, <!-- dejargon-disable-next-line --> and <!-- dejargon-disable-line -->; MDX writes them as {/* dejargon-disable */}; plain text and email bodies write the directive on a line of its own, or dejargon-disable-line at the end of a line. A disable may name terms or rule ids, separated by commas, to silence only those.")
	m.section("ENVIRONMENT")
	for _, e := range environment {
		m.raw(".TP\n.B " + escape(e.name) + "\n" + escape(capitalize(e.doc)))
	}
	m.section("EXAMPLES")
	for _, e := range manExamples {
		m.raw(escape(e.doc) + "\n.PP\n.RS\n.nf\n" + escapeKeepBreaks(e.cmd) + "\n.fi\n.RE\n.PP")
	}
	m.section("SEE ALSO")
	m.para("The README at https://github.com/dejargon/dejargon describes every feature; dejargon COMMAND --help prints the help of one command.")
	return m.err
}

// writeCommandMan writes the page of one command, dejargon-check(1) say.
func writeCommandMan(w goio.Writer, c *cobra.Command) error {
	m := &roff{w: w}
	name := strings.ReplaceAll(c.CommandPath(), " ", "-")
	m.header(name, "dejargon manual")
	m.section("NAME")
	m.raw(escape(name) + " \\- " + escape(c.Short))
	m.section("SYNOPSIS")
	m.text(c.UseLine())
	m.command(c)
	m.section("SEE ALSO")
	m.text("dejargon(1)")
	return m.err
}

// roff writes man page markup, keeping the first error.
type roff struct {
	w   goio.Writer
	err error
}

func (m *roff) raw(s string) {
	if m.err == nil {
		_, m.err = goio.WriteString(m.w, s+"\n")
	}
}

func (m *roff) header(name, manual string) {
	source := "dejargon"
	if version != "" {
		source += " " + version
	}
	m.raw(fmt.Sprintf(".TH %q \"1\" \"\" %q %q", strings.ToUpper(name), source, manual))
	m.raw(".nh\n.ad l")
}

func (m *roff) section(name string) { m.raw(".SH " + name) }
func (m *roff) text(s string)       { m.raw(escape(s)) }

// para writes text whose blank lines separate paragraphs and whose
// indented lines are kept as they are (examples, lists).
func (m *roff) para(s string) {
	for i, p := range strings.Split(strings.TrimSpace(s), "\n\n") {
		if i > 0 {
			m.raw(".PP")
		}
		if strings.HasPrefix(p, "  ") || strings.Contains(p, "\n  ") {
			m.raw(".nf\n" + escapeKeepBreaks(p) + "\n.fi")
			continue
		}
		m.raw(escape(strings.Join(strings.Fields(p), " ")))
	}
}

// command writes a command's description, flags and examples.
func (m *roff) command(c *cobra.Command) {
	if c.Long != "" {
		m.para(c.Long)
	} else {
		m.para(c.Short + ".")
	}
	if c.Runnable() {
		m.raw(".PP\nUsage: \\fB" + escape(c.UseLine()) + "\\fR")
	}
	if fs := c.LocalNonPersistentFlags(); fs.HasAvailableFlags() {
		m.raw(".PP\nFlags:")
		m.flags(fs)
	}
	if c.Example != "" {
		m.raw(".PP\nExamples:\n.PP\n.RS\n.nf\n" + escapeKeepBreaks(strings.TrimRight(c.Example, "\n")) + "\n.fi\n.RE")
	}
}

func (m *roff) flags(fs *pflag.FlagSet) {
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		name := "\\-\\-" + escapeDash(f.Name)
		if f.Shorthand != "" {
			name = "\\-" + f.Shorthand + ", " + name
		}
		varName, usage := pflag.UnquoteUsage(f)
		if varName != "" {
			name += " \\fI" + escape(varName) + "\\fR"
		}
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "[]" && f.DefValue != "0" {
			usage += " (default " + f.DefValue + ")"
		}
		m.raw(".TP\n\\fB" + name + "\\fR\n" + escape(usage))
	})
}

// escape makes text safe for roff: backslashes doubled as \e, a leading
// dot or quote (which roff reads as a request) neutralised, and line
// breaks joined.
func escape(s string) string {
	s = strings.ReplaceAll(s, "\\", "\\e")
	s = strings.ReplaceAll(s, "\n", " ")
	return escapeLead(s)
}

// escapeKeepBreaks escapes each line of s, keeping the lines.
func escapeKeepBreaks(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l == ".br" {
			continue
		}
		lines[i] = escapeLead(strings.ReplaceAll(l, "\\", "\\e"))
	}
	return strings.Join(lines, "\n")
}

func escapeLead(s string) string {
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		return "\\&" + s
	}
	return s
}

// escapeDash writes hyphens in flag names as roff minus signs, so they
// can be searched for and copied.
func escapeDash(s string) string { return strings.ReplaceAll(s, "-", "\\-") }

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
