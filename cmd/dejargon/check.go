package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/config"
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
	f.IntVar(&o.maxFindings, "max-findings", 0, "report at most `N` findings, the first in path order (0: no limit); the exit status still counts them all")
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
	if o.maxFindings < 0 {
		return usagef("--max-findings must be 0 (no limit) or more, not %d", o.maxFindings)
	}
	limit, err := parseMaxFileSize(o.maxFileSize)
	if err != nil {
		return err
	}
	formatter, err := report.New(format, report.Options{Color: io.OutTerminal && !io.NoColor && !o.noColor, ToolVersion: versionString()})
	if err != nil {
		return usageError{err}
	}
	cfg, l, err := o.configure(args)
	if err != nil {
		return err
	}
	runOpts := runner.Options{
		Reader:      reader.Options{Type: typ, IncludeQuoted: o.includeQuoted},
		Stdin:       io.In,
		StdinName:   o.stdinFilename,
		LinterFor:   cfg.Linter,
		Skip:        func(path string, _ bool) bool { return cfg.Ignored(path) },
		MaxFileSize: limit,
	}
	if st, ok := formatter.(report.Streamer); ok && o.writeBaseline == "" {
		return streamCheck(io, o, cfg, l, args, runOpts, st)
	}
	rep := runner.Run(l, args, runOpts)
	printNotices(io, rep.Notices(), o.quiet)
	if o.writeBaseline != "" {
		return writeBaseline(io, o.writeBaseline, rep)
	}
	if rep.Findings, err = cfg.ApplyBaselines(rep.Findings); err != nil {
		return err
	}
	report.Sort(rep.Findings)
	fails := cfg.Fails(rep.Findings)
	if !o.quiet {
		if err := printReport(io, formatter, rep, o.maxFindings); err != nil {
			return err
		}
	}
	if len(rep.Errors) > 0 {
		return errSilent
	}
	if fails {
		return errFindings
	}
	return nil
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
