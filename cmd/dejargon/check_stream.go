package main

import (
	"fmt"

	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/config"
	"github.com/dejargon/dejargon/lint/report"
	"github.com/dejargon/dejargon/lint/runner"
)

// streamCheck checks with a format that prints file by file: each file's
// findings are filtered, counted and printed as soon as the files before
// it are done, a large file's in batches while it is checked, so neither a
// large tree nor a large file sits in memory whole. It decides the same
// exit status as the buffered path in checkRun.
func streamCheck(io *streams, o *checkOptions, cfg *config.Resolver, l *lint.Linter, args []string, opts runner.Options, st report.Streamer, summary *report.StepSummary, summaryPath string) error {
	sum := report.NewSummary()
	shown, fails := 0, false
	baselines := cfg.NewBaselineFilter()
	pending := false // the current file has findings the format may print at its end
	var failure error
	opts.OnFile = func(fs []lint.Finding) {
		if failure != nil {
			return
		}
		fs, hidden, err := baselines.Apply(onlyChanged(o.changes, fs))
		if err != nil {
			failure = err
			return
		}
		sum.Baselined += hidden
		report.Sort(fs)
		sum.Add(fs)
		if summary != nil {
			summary.Add(fs)
		}
		fails = fails || cfg.Fails(fs)
		if o.quiet {
			return
		}
		if o.maxFindings > 0 {
			fs = fs[:min(len(fs), max(o.maxFindings-shown, 0))]
		}
		shown += len(fs)
		if len(fs) > 0 {
			o.progress.clear()
			pending = true
			if err := st.WriteFile(io.Out, fs); err != nil {
				failure = fmt.Errorf("writing report: %w", err)
			}
		}
	}
	opts.OnFileDone = func(string) {
		if failure != nil || !pending {
			return
		}
		pending = false
		o.progress.clear()
		if err := st.EndFile(io.Out); err != nil {
			failure = fmt.Errorf("writing report: %w", err)
		}
	}
	rep := runner.Run(l, args, opts)
	o.progress.clear()
	if failure != nil {
		return failure
	}
	notices := rep.Notices()
	printNotices(io, notices, o.quiet)
	sum.FilesChecked = rep.FilesChecked
	sum.CountNotices(notices)
	if summary != nil {
		if err := appendStepSummary(summary, summaryPath, sum); err != nil {
			return err
		}
	}
	if !o.quiet {
		if shown < sum.Findings {
			fmt.Fprintf(io.ErrOut, "dejargon: showing %d of %d findings (--max-findings)\n", shown, sum.Findings)
		}
		if err := st.Finish(io.Out, sum, notices); err != nil {
			return fmt.Errorf("writing report: %w", err)
		}
		noteBaselined(io, o.format, sum.Baselined)
	}
	if len(rep.Errors) > 0 {
		return errSilent
	}
	if fails {
		return errFindings
	}
	return nil
}
