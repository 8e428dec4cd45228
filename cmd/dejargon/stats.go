package main

import (
	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/lint/config"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/report"
	"github.com/dejargon/dejargon/lint/runner"
	"github.com/dejargon/dejargon/lint/stats"
)

type statsOptions struct {
	linterOptions
	format        string
	typ           string
	stdinFilename string
	noColor       bool
	maxFileSize   string
}

func newStatsCmd(io *streams) *cobra.Command {
	o := &statsOptions{}
	cmd := &cobra.Command{
		Use:   "stats [PATH...]",
		Short: "Show word counts, reading grade and findings by rule for each file",
		Long: `Measure files and folders (walked as check walks them) or standard input:
words, sentences, words per sentence, Flesch-Kincaid grade, Flesch reading
ease and findings by rule, a row per file and a total row.

Exit status: 0, or 2 when a file could not be read.`,
		Example: `  dejargon stats docs/
  dejargon stats --audience executive --format json report.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return statsRun(io, o, args)
		},
	}
	o.addFlags(cmd)
	f := cmd.Flags()
	enumFlag(cmd, &o.format, "format", "f", stats.Formats[0], enum{values: stats.Formats}, "output format")
	enumFlag(cmd, &o.typ, "type", "", "", typeEnum(), "read every input as this type instead of going by its extension")
	f.StringVar(&o.stdinFilename, "stdin-filename", "", "name standard input in the table (its extension picks the reader)")
	f.BoolVar(&o.noColor, "no-color", false, "print no colours")
	addMaxFileSizeFlag(cmd, &o.maxFileSize)
	return cmd
}

func statsRun(io *streams, o *statsOptions, args []string) error {
	typ, err := parseTypeFlag(o.typ)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		if io.InTerminal {
			return usagef("no files to measure: name files or folders, or pipe text to standard input")
		}
		args = []string{runner.StdinPath}
	}
	limit, err := parseMaxFileSize(o.maxFileSize)
	if err != nil {
		return err
	}
	cfg, err := o.resolver(config.Flags{})
	if err != nil {
		return err
	}
	if _, err := loadSettings(cfg, args, o.stdinFilename, nil); err != nil {
		return err
	}
	rep := stats.Run(args, stats.Options{
		Reader:      reader.Options{Type: typ},
		Stdin:       io.In,
		StdinName:   o.stdinFilename,
		LinterFor:   newSettingsGuard(io, cfg.Linter).Linter,
		Skip:        cfg.Ignored,
		MaxFileSize: limit,
	})
	printNotices(io, report.MergeNotices(rep.Errors, rep.Notes), false)
	if o.format == "json" {
		err = stats.WriteJSON(io.Out, rep)
	} else {
		err = stats.WriteTable(io.Out, rep, io.OutTerminal && !io.NoColor && !o.noColor, io.Width)
	}
	if err != nil {
		return err
	}
	if len(rep.Errors) > 0 {
		return errSilent
	}
	return nil
}
