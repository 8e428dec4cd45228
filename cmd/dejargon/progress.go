package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress draws "dejargon: 120/2000 files, 3.4 MB/s" on one line of
// stderr while a long check runs, and erases it at the end. It draws only
// on a terminal and never in CI, whose logs would keep every redraw; a
// short run (under progressDelay) draws nothing at all.
type progress struct {
	w     io.Writer
	now   func() time.Time
	start time.Time
	last  time.Time
	shown bool
}

const (
	progressDelay    = time.Second
	progressInterval = 100 * time.Millisecond
)

// newProgress returns a progress line for io, or nil when none should be
// drawn: stderr is not a terminal, CI is set, or the report is quiet.
func newProgress(io *streams, quiet bool) *progress {
	if !io.ErrTerminal || quiet || os.Getenv("CI") != "" {
		return nil
	}
	return &progress{w: io.ErrOut, now: time.Now}
}

// update is the runner's Progress callback.
func (p *progress) update(done, total int, bytes int64) {
	if p == nil {
		return
	}
	now := p.now()
	if p.start.IsZero() {
		p.start = now
	}
	elapsed := now.Sub(p.start)
	if elapsed < progressDelay || now.Sub(p.last) < progressInterval && done < total {
		return
	}
	p.last = now
	rate := float64(bytes) / 1e6 / elapsed.Seconds()
	fmt.Fprintf(p.w, "\r\x1b[Kdejargon: %d/%d files, %.1f MB/s", done, total, rate)
	p.shown = true
}

// clear erases the line, before a report line is printed or at the end.
func (p *progress) clear() {
	if p != nil && p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}
