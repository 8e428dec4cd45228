package main

import (
	"fmt"

	"github.com/dejargon/dejargon/lint/baseline"
	"github.com/dejargon/dejargon/lint/report"
)

// writeBaseline records a run's findings instead of reporting them. A run
// that could not check every file writes nothing: a baseline missing a
// file's findings would report them all as new later.
func writeBaseline(io *streams, path string, rep *report.Report) error {
	if len(rep.Errors) > 0 {
		return errSilent
	}
	b, err := baseline.New(path, rep.Findings)
	if err != nil {
		return err
	}
	if err := b.Write(path); err != nil {
		return err
	}
	fmt.Fprintf(io.ErrOut, "dejargon: recorded %d %s in %s\n", b.Len(), pluralWord(b.Len(), "finding"), path)
	return nil
}
