package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/internal/textfile"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/config"
	"github.com/dejargon/dejargon/lint/fix"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/report"
	"github.com/dejargon/dejargon/lint/runner"
)

// errStopFixing says the user quit the interactive fixer: the files after
// this one are not offered.
var errStopFixing = errors.New("stopped by the user")

type fixOptions struct {
	linterOptions
	dryRun        bool
	stdin         bool
	interactive   bool
	typ           string
	stdinFilename string
	writeReadOnly bool
	maxFileSize   string
}

func newFixCmd(io *streams) *cobra.Command {
	o := &fixOptions{}
	cmd := &cobra.Command{
		Use:   "fix [PATH...]",
		Short: "Rewrite jargon and wordy phrases where it is safe, and spell out acronyms",
		Long: `Fix files and folders in place: every jargon term and wordy phrase whose
glossary entry allows it takes its first replacement, in the same form and
capitals (utilizing → using), and every acronym is spelled out at its first
use (SSO → single sign-on (SSO)). Code, URLs, front matter, comments, quoted
mail and encoded text are never touched. A file that changed on disk since it
was read is left alone.

Exit status: 0 when every file was fixed or needed nothing, 2 on usage, input
or write errors.`,
		Example: `  dejargon fix --dry-run announcement.md
  dejargon fix docs/
  dejargon fix --stdin < draft.txt > fixed.txt
  dejargon fix --interactive announcement.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return fixRun(io, o, args)
		},
	}
	o.addFlags(cmd)
	f := cmd.Flags()
	f.BoolVarP(&o.dryRun, "dry-run", "n", false, "print a unified diff of the fixes and change nothing")
	f.BoolVar(&o.stdin, "stdin", false, "read text from standard input and write the fixed text to standard output")
	f.BoolVarP(&o.interactive, "interactive", "i", false, "step through the fixes one by one: accept, skip, edit or quit")
	enumFlag(cmd, &o.typ, "type", "", "", typeEnum(), "read every input as this type instead of going by its extension")
	f.StringVar(&o.stdinFilename, "stdin-filename", "", "name standard input in messages (its extension picks the reader)")
	f.BoolVar(&o.writeReadOnly, "write-read-only", false, "fix files without write permission too (they are left alone with a note otherwise)")
	addMaxFileSizeFlag(cmd, &o.maxFileSize)
	return cmd
}

func fixRun(io *streams, o *fixOptions, args []string) error {
	typ, err := parseTypeFlag(o.typ)
	if err != nil {
		return err
	}
	ropts := reader.Options{Type: typ}
	limit, err := parseMaxFileSize(o.maxFileSize)
	if err != nil {
		return err
	}
	switch {
	case o.stdin && len(args) > 0:
		return usagef("--stdin reads standard input; name no files with it")
	case o.stdin && o.interactive:
		return usagef("--interactive needs files, not --stdin")
	case o.dryRun && o.interactive:
		return usagef("--dry-run and --interactive cannot be used together")
	case !o.stdin && len(args) == 0:
		return usagef("no files to fix: name files or folders, or use --stdin")
	case o.interactive && !(io.InTerminal && io.OutTerminal):
		return usagef("--interactive needs a terminal")
	}
	// The config file decides, as it does for check: its ignore globs leave
	// files alone, and each file is fixed with the settings for its path.
	cfg, err := o.resolver(config.Flags{})
	if err != nil {
		return err
	}
	if o.stdin {
		l, err := loadSettings(cfg, []string{runner.StdinPath}, o.stdinFilename, nil)
		if err != nil {
			return err
		}
		return fixStdin(io, o, l, ropts, limit)
	}
	if _, err := loadSettings(cfg, args, "", nil); err != nil {
		return err
	}
	linterFor := newSettingsGuard(io, cfg.Linter).Linter
	files, notices := runner.Expand(args, func(path string, _ bool) bool { return cfg.Ignored(path) })
	failed := printNotices(io, notices, false)
	roots := runner.NewRoots(args)
	w := &fix.Writer{Notes: func(msg string) { fmt.Fprintf(io.ErrOut, "dejargon: %s\n", msg) }}
	stop := removeTempOnSignal(io, w)
	defer stop()
	for _, t := range files {
		wopts := fix.WriteOptions{ReadOnly: o.writeReadOnly}
		if !t.Named {
			// A walked file is written only inside the roots named; the
			// walk already keeps out links that lead elsewhere, and this
			// checks again at the moment of writing.
			wopts.Inside = roots.Contains
		}
		l, err := linterFor(t.Path)
		if err != nil {
			err = fmt.Errorf("%s: %w", t.Path, err)
		} else {
			err = fixFile(io, o, l, ropts, t, limit, w, wopts)
		}
		if errors.Is(err, errStopFixing) {
			break
		}
		var notice *fixNotice
		switch {
		case errors.As(err, &notice):
			printNotices(io, []report.FileError{notice.FileError}, false)
			failed = failed || notice.IsError()
		case err != nil && fix.IsNote(err):
			fmt.Fprintf(io.ErrOut, "dejargon: %s\n", err)
		case err != nil:
			fmt.Fprintf(io.ErrOut, "dejargon: %s\n", err)
			failed = true
		}
	}
	if failed {
		return errSilent
	}
	return nil
}

// fixNotice carries a reading notice (an error, or a walked file skipped)
// out of fixFile.
type fixNotice struct{ report.FileError }

func (n *fixNotice) Error() string { return n.Path + ": " + n.Message }

// fixFile plans the fixes for one file and shows, asks about or writes
// them.
func fixFile(io *streams, o *fixOptions, l *lint.Linter, ropts reader.Options, t runner.Target, limit int64, w *fix.Writer, wopts fix.WriteOptions) (err error) {
	path := t.Path
	src, notice := runner.ReadTarget(t, limit, runner.ReadsAsText(path, ropts))
	if notice != nil {
		return &fixNotice{*notice}
	}
	if textfile.HasUTF16BOM(src) {
		return &fixNotice{report.Noted(path, "stored as UTF-16; not rewritten (fix writes UTF-8 only)")}
	}
	p, err := planFile(io, l, path, src, ropts, t.Named)
	if err != nil || p == nil {
		return err
	}
	if p.Doc.Layout != nil {
		return fixPackage(io, o, path, src, p, w, wopts)
	}
	edits := p.Edits
	if o.interactive && len(edits) > 0 {
		var quit bool
		if edits, quit, err = chooseFixes(io, p); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if quit {
			// Write what was accepted, then offer no further files.
			defer func() {
				if err == nil {
					err = errStopFixing
				}
			}()
		}
	}
	if o.dryRun {
		d, err := fix.Diff(path, src, edits)
		if err != nil {
			return err
		}
		fmt.Fprint(io.Out, d)
		return nil
	}
	if len(edits) == 0 {
		return nil
	}
	out, err := fix.Result(src, edits)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := w.WriteFile(path, src, out, wopts); err != nil {
		return err
	}
	fmt.Fprintf(io.Out, "%s: %s\n", path, plural(len(edits), "fix", "fixes"))
	return nil
}

// fixStdin fixes standard input and writes the result, or its diff, to
// standard output.
func fixStdin(io *streams, o *fixOptions, l *lint.Linter, ropts reader.Options, limit int64) error {
	name := o.stdinFilename
	src, err := textfile.ReadAs(io.In, limit, runner.ReadsAsText(name, ropts))
	if err != nil {
		n := runner.ReadNotice("standard input", true, err)
		return errors.New(n.Path + ": " + n.Message)
	}
	if name == "" {
		name = "<stdin>"
		if ropts.Type == reader.Auto {
			ropts.Type = reader.Text
		}
	}
	p, err := planFile(io, l, name, src, ropts, true)
	if err != nil {
		return err
	}
	var edits []fix.Edit
	if p != nil {
		edits = p.Edits
	}
	if o.dryRun {
		d, err := fix.Diff(name, src, edits)
		if err != nil {
			return err
		}
		fmt.Fprint(io.Out, d)
		return nil
	}
	out, err := fix.Result(src, edits)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	_, err = io.Out.Write(out)
	return err
}

// planFile reads src with the right reader and plans its fixes, telling
// the user on stderr about notes and fixes left alone. Content that is not
// text is a notice: an error when named, a skip when a walk found it.
func planFile(io *streams, l *lint.Linter, name string, src []byte, ropts reader.Options, named bool) (*fix.Plan, error) {
	doc, err := reader.Read(name, src, ropts)
	if err != nil {
		return nil, &fixNotice{runner.ReadNotice(name, named, err)}
	}
	for _, n := range doc.Notes {
		fmt.Fprintf(io.ErrOut, "dejargon: %s: %s\n", name, n)
	}
	p := fix.PlanFor(l, doc)
	if doc.Layout == nil { // fixPackage lists each one instead
		reportSkipped(io, name, p.Skipped)
	}
	return p, nil
}

// reportSkipped says how many fixes were left alone because of how the
// text is stored; the other reasons are ordinary and `check` shows them.
func reportSkipped(io *streams, name string, skipped []fix.Skip) {
	for _, note := range fix.SkipNotes(skipped) {
		fmt.Fprintf(io.ErrOut, "dejargon: %s: %s\n", name, note)
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
