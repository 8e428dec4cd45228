package runner

import (
	"bytes"
	"io"
	"os"

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
func checkMailbox(l *lint.Linter, r *result, path, name string, stdin []byte, stdinErr error, opts *Options) {
	var in io.Reader
	if path == StdinPath {
		if stdinErr != nil {
			r.err = &report.FileError{Path: name, Message: describeErr(stdinErr)}
			return
		}
		in = bytes.NewReader(stdin)
	} else {
		f, err := os.Open(path)
		if err != nil {
			r.err = &report.FileError{Path: name, Message: describeErr(err)}
			return
		}
		defer f.Close()
		in = f
	}
	lt := l
	if opts.LinterFor != nil {
		var err error
		if lt, err = opts.LinterFor(name); err != nil {
			r.err = &report.FileError{Path: name, Message: err.Error()}
			return
		}
	}
	r.streamed = true
	var batch []lint.Finding
	eopts := email.Options{IncludeQuoted: opts.Reader.IncludeQuoted}
	err := mbox.Each(in, func(m *mbox.Message) error {
		if m.TooLarge {
			r.notes = append(r.notes, report.FileError{Path: name, Message: mbox.TooLargeNote(m)})
			return nil
		}
		fs := lt.Check(m.Document(name, eopts))
		m.Place(fs)
		batch = append(batch, fs...)
		if len(batch) >= batchSize {
			r.batches <- batch
			batch = nil
		}
		return nil
	})
	if len(batch) > 0 {
		r.batches <- batch
	}
	if err != nil {
		r.err = &report.FileError{Path: name, Message: err.Error()}
		return
	}
	r.checked = true
}

// sniff picks the reader for a file whose name says nothing (a mail
// program's "Inbox"): a mailbox starts with a "From " line; anything else
// is text.
func sniff(path string) reader.Type {
	f, err := os.Open(path)
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
