package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/config"
	"github.com/dejargon/dejargon/lint/gitdiff"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/report"
	"github.com/dejargon/dejargon/lint/runner"
)

type checkOptions struct {
	linterOptions
	format        string
	failOn        string
	typ           string
	stdinFilename string
	includeQuoted bool
	noColor       bool
	baseline      string
	writeBaseline string
	quiet         bool
	maxFindings   int
	maxFileSize   string
	allUses       bool
	newFromRev    string
	reportUnused  bool

	// changes are the lines changed since newFromRev, loaded once.
	changes *gitdiff.Changes
	// progress is the progress line, erased before report lines.
	progress *progress
}

func newCheckCmd(io *streams) *cobra.Command {
	o := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Check files, folders or standard input for jargon",
		Long: `Check files and folders (every ` + orList(reader.Extensions()) + ` file
below a folder) or standard input ("-", or no path when input is piped).

Exit status: 0 when nothing at or above --fail-on was found, 1 when something
was, 2 on usage, input or glossary errors.`,
		Example: `  dejargon check announcement.txt
  dejargon check docs/ notes.md
  cat draft.txt | dejargon check -
  dejargon check --format json --fail-on warning docs/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return checkRun(io, o, args)
		},
	}
	o.addFlags(cmd)
	f := cmd.Flags()
	enumFlag(cmd, &o.format, "format", "f", "", enum{values: report.Names}, "output format (default pretty on a terminal, text otherwise)")
	enumFlag(cmd, &o.failOn, "fail-on", "", string(glossary.Suggestion), failOnEnum(), "lowest severity that makes the exit status 1")
	enumFlag(cmd, &o.typ, "type", "", "", typeEnum(), "read every input as this type instead of going by its extension")
	f.StringVar(&o.stdinFilename, "stdin-filename", "", "name standard input in findings (its extension picks the reader)")
	f.BoolVar(&o.includeQuoted, "include-quoted", false, "check quoted replies in email too")
	f.BoolVar(&o.noColor, "no-color", false, "print no colours or highlighting")
	f.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in this baseline `file`")
	f.StringVar(&o.writeBaseline, "write-baseline", "", "record today's findings in this baseline `file` instead of reporting them")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "print no report, only set the exit status (errors still go to stderr)")
	f.BoolVar(&o.allUses, "all-uses", false, "in pretty and text output, show every use of a repeated term instead of folding later uses into one line")
	f.IntVar(&o.maxFindings, "max-findings", 0, "report at most `N` findings, the first in path order (0: no limit); the exit status still counts them all")
	f.StringVar(&o.newFromRev, "new-from-rev", "", "report only findings on lines added or changed since git revision `REV` (and in files git does not track)")
	f.BoolVar(&o.reportUnused, "report-unused-disables", false, "report dejargon-disable comments that silence nothing (rule disable-directive)")
	addMaxFileSizeFlag(cmd, &o.maxFileSize)
	return cmd
}

func checkRun(io *streams, o *checkOptions, args []string) error {
	if _, ok := config.FailRank(o.failOn); !ok {
		return usageError{&enumError{flag: "fail-on", value: o.failOn, values: failOnEnum().values}}
	}
	typ, err := parseTypeFlag(o.typ)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		if io.InTerminal {
			return usagef("no files to check: name files or folders, or pipe text to standard input")
		}
		args = []string{runner.StdinPath}
	}
	format := o.format
	if format == "" {
		format = "text"
		if io.OutTerminal {
			format = "pretty"
		}
	}
	o.format = format
	if o.writeBaseline != "" && o.newFromRev != "" {
		// Unchanged files are not even read with --new-from-rev, so a
		// baseline written so would miss their findings.
		return usagef("--write-baseline records every finding; it cannot be used with --new-from-rev")
	}
	if o.maxFindings < 0 {
		return usagef("--max-findings must be 0 (no limit) or more, not %d", o.maxFindings)
	}
	limit, err := parseMaxFileSize(o.maxFileSize)
	if err != nil {
		return err
	}
	summary, summaryPath := stepSummaryFromEnv()
	formatter, err := report.New(format, report.Options{
		Color: io.OutTerminal && !io.NoColor && !o.noColor, Width: io.Width, ToolVersion: toolVersion(),
		StepSummary: summary != nil, AllUses: o.allUses,
	})
	if err != nil {
		return usageError{err}
	}
	if o.reportUnused {
		o.extra = append(o.extra, lint.WithUnusedDisables())
	}
	cfg, l, err := o.configure(args)
	if err != nil {
		return err
	}
	changes, err := changedSince(o.newFromRev, args)
	if err != nil {
		return err
	}
	o.changes = changes
	runOpts := runner.Options{
		Reader:    reader.Options{Type: typ, IncludeQuoted: o.includeQuoted},
		Stdin:     io.In,
		StdinName: o.stdinFilename,
		LinterFor: newSettingsGuard(io, cfg.Linter).Linter,
		Skip: func(path string, isDir bool) bool {
			// A file with no changed line has nothing to report.
			return cfg.Ignored(path) || changes != nil && !isDir && !changes.File(path)
		},
		MaxFileSize: limit,
		OnRead:      paceGC,
	}
	prog := newProgress(io, o.quiet)
	runOpts.Progress = prog.update
	if st, ok := formatter.(report.Streamer); ok && o.writeBaseline == "" {
		o.progress = prog
		return streamCheck(io, o, cfg, l, args, runOpts, st, summary, summaryPath)
	}
	rep := runner.Run(l, args, runOpts)
	prog.clear()
	printNotices(io, rep.Notices(), o.quiet)
	if o.writeBaseline != "" {
		return writeBaseline(io, o.writeBaseline, rep)
	}
	rep.Findings = onlyChanged(o.changes, rep.Findings)
	if rep.Findings, rep.Baselined, err = cfg.ApplyBaselines(rep.Findings); err != nil {
		return err
	}
	report.Sort(rep.Findings)
	fails := cfg.Fails(rep.Findings)
	if summary != nil {
		summary.Add(rep.Findings)
		if err := appendStepSummary(summary, summaryPath, report.Summarize(rep)); err != nil {
			return err
		}
	}
	if !o.quiet {
		if err := printReport(io, formatter, rep, o.maxFindings); err != nil {
			return err
		}
		noteBaselined(io, format, rep.Baselined)
	}
	if len(rep.Errors) > 0 {
		return errSilent
	}
	if fails {
		return errFindings
	}
	return nil
}

// noteBaselined says on stderr how many findings the baseline hid, for
// the formats whose report has no summary line to say it in.
func noteBaselined(io *streams, format string, hidden int) {
	if hidden > 0 && format != "pretty" && format != "json" {
		fmt.Fprintf(io.ErrOut, "dejargon: %d %s hidden by the baseline\n", hidden, pluralWord(hidden, "finding"))
	}
}

func pluralWord(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// printReport writes the report, cut to the first limit findings when limit
// is above 0; stderr says how many were left out, so a truncated report is
// never mistaken for a whole one.
func printReport(io *streams, formatter report.Formatter, rep *report.Report, limit int) error {
	if limit > 0 && len(rep.Findings) > limit {
		total := len(rep.Findings)
		cut := *rep
		cut.Findings = rep.Findings[:limit]
		rep = &cut
		fmt.Fprintf(io.ErrOut, "dejargon: showing %d of %d findings (--max-findings)\n", limit, total)
	}
	if err := formatter.Format(io.Out, rep); err != nil {
		return fmt.Errorf("writing report: %w", err)
	}
	return nil
}
