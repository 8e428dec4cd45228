package runner

import (
	"bytes"
	"io"
	"os"
	"runtime"

	"github.com/dejargon/dejargon/internal/textfile"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/email"
	"github.com/dejargon/dejargon/lint/mbox"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/report"
)

// batchSize is how many findings of a mailbox are passed on at once: few
// enough to keep memory flat on a mailbox of any size, many enough that a
// usual mailbox's findings arrive in one call.
const batchSize = 4096

// checkMailbox checks a mailbox message by message, each with the email
// reader and judged on its own (an acronym spelled out in one message is
// not spelled out for the next reader), streaming the file from disk and
// its findings to the report in batches, so that memory stays flat
// whatever the mailbox's size.
//
// A walked mailbox must be a regular file (a FIFO is refused without
// waiting); no size limit applies, since it is never held whole.
func checkMailbox(l *lint.Linter, r *result, t Target, name string, stdin []byte, stdinErr error, opts *Options) {
	var in io.Reader
	if t.Path == StdinPath {
		if stdinErr != nil {
			e := ReadNotice(name, true, stdinErr)
			r.err = &e
			return
		}
		in = bytes.NewReader(stdin)
	} else {
		var f *os.File
		var err error
		if t.Named {
			f, err = os.Open(t.Path)
		} else {
			f, err = textfile.OpenRegular(t.Path)
		}
		if err != nil {
			e := ReadNotice(name, t.Named, err)
			r.err = &e
			return
		}
		defer f.Close()
		in = f
	}
	counted := &countingReader{r: in}
	in = counted
	defer func() { r.size = counted.n }()
	lt := l
	if opts.LinterFor != nil {
		var err error
		if lt, err = opts.LinterFor(name); err != nil {
			r.err = &report.FileError{Path: name, Message: err.Error(), Kind: report.KindError}
			return
		}
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	eopts := email.Options{IncludeQuoted: opts.Reader.IncludeQuoted}
	// Messages are read in order by one goroutine, checked by several and
	// collected here in order again; the queue's bound keeps only a few
	// messages in memory at once.
	type job struct {
		msg mbox.Message
		out chan []lint.Finding
	}
	order := make(chan job, 2*workers)
	work := make(chan job, 2*workers)
	var notes []report.FileError
	var readErr error
	go func() {
		defer close(order)
		defer close(work)
		readErr = mbox.Each(in, func(m *mbox.Message) error {
			if m.TooLarge {
				notes = append(notes, report.Noted(name, mbox.TooLargeNote(m)))
				return nil
			}
			j := job{msg: *m, out: make(chan []lint.Finding, 1)}
			j.msg.Raw = append([]byte(nil), m.Raw...) // Each reuses its buffer
			order <- j
			work <- j
			return nil
		})
	}()
	for range workers {
		go func() {
			for j := range work {
				fs := lt.Check(j.msg.Document(name, eopts))
				j.msg.Place(fs)
				j.out <- fs
			}
		}()
	}
	var batch []lint.Finding
	for j := range order {
		batch = append(batch, <-j.out...)
		if len(batch) >= batchSize {
			r.batches <- batch
			batch = nil
		}
	}
	// order is closed: the reading goroutine is done with notes and readErr.
	r.notes = append(r.notes, notes...)
	if len(batch) > 0 {
		r.batches <- batch
	}
	if readErr != nil {
		r.err = &report.FileError{Path: name, Message: readErr.Error(), Kind: report.KindError}
		return
	}
	r.checked = true
}

// sniff picks the reader for a file whose name says nothing (a mail
// program's "Inbox"): a mailbox starts with a "From " line; anything else
// is text.
func sniff(path string) reader.Type {
	// Only a regular file is looked into: reading the start of a FIFO
	// would take those bytes from the reader that follows.
	f, err := textfile.OpenRegular(path)
	if err != nil {
		return reader.Auto // the read that follows reports the error
	}
	defer f.Close()
	head := make([]byte, 5)
	if n, _ := io.ReadFull(f, head); n == 5 && string(head) == "From " {
		return reader.Mbox
	}
	return reader.Auto
}

// countingReader counts the bytes read through it, for progress reports.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
