package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/internal/textfile"
	"github.com/dejargon/dejargon/lint/report"
)

// printNotices writes each error, skip and note as one line on stderr,
// "dejargon: PATH: why"; quiet leaves out all but errors. It reports
// whether any was an error, which makes the run exit 2.
func printNotices(io *streams, notices []report.FileError, quiet bool) (failed bool) {
	for _, n := range report.MergeNotices(notices) {
		if n.IsError() {
			failed = true
		} else if quiet {
			continue
		}
		fmt.Fprintf(io.ErrOut, "dejargon: %s: %s\n", report.Escape(n.Path), report.Escape(n.Message))
	}
	return failed
}

// addMaxFileSizeFlag adds --max-file-size to a command that reads drafts.
func addMaxFileSizeFlag(cmd *cobra.Command, v *string) {
	cmd.Flags().StringVar(v, "max-file-size", "", "refuse files larger than `SIZE` (such as 64MiB or 500KB; default "+textfile.FormatSize(textfile.DefaultLimit)+")")
}

// parseMaxFileSize turns --max-file-size into bytes; empty is the default.
func parseMaxFileSize(s string) (int64, error) {
	if s == "" {
		return textfile.DefaultLimit, nil
	}
	n, err := textfile.ParseSize(s)
	if err != nil {
		return 0, usagef("--max-file-size: %v", err)
	}
	return n, nil
}
