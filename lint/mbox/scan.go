// Package mbox reads mailboxes in mbox format (mboxo and mboxrd), as mail
// programs archive and export them: every message is read with the email
// reader, and its findings are placed at their real lines in the mailbox.
//
// A mailbox is read one message at a time from a stream, so a mailbox of
// any size is checked in the memory of its largest message. Messages are
// split at "From " lines that start the file or follow a blank line, and
// body lines escaped as ">From " (">>From " in mboxrd) lose one ">".
package mbox

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// MaxMessage bounds the bytes of one message: a larger one (a message
// carrying huge attachments) is noted and not checked, so that memory
// stays bounded whatever the mailbox holds.
const MaxMessage = 64 << 20

// Message is one message of a mailbox, without its "From " line.
type Message struct {
	// Offset is the byte offset of the message's first byte in the
	// mailbox; Line is the 1-based line it starts on.
	Offset int
	Line   int
	// Raw holds the message's bytes as the mailbox stores them.
	Raw []byte
	// escapes are the offsets in Raw of the ">" each escaped "From "
	// line loses when read.
	escapes []int
	// TooLarge says the message passed MaxMessage; Raw is then empty.
	TooLarge bool
}

// Each calls fn for every message of the mailbox r, in order. The message
// and its Raw bytes are only valid during the call. An error from fn stops
// the walk and is returned.
func Each(r io.Reader, fn func(m *Message) error) error {
	return each(r, MaxMessage, fn)
}

// each is Each with the bound on a message's size as a parameter.
func each(r io.Reader, maxMessage int, fn func(m *Message) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var (
		m       *Message
		offset  int
		line    = 1
		prevNL  = true // the previous line was blank, or this is the start
		started bool   // a line of the mailbox was read
	)
	// A new message's buffer reuses the last one's memory.
	var buf []byte
	flush := func() error {
		if m == nil {
			return nil
		}
		if m.Offset < 0 {
			// The mailbox ended inside a From line: an empty message.
			m.Offset = offset
		}
		err := fn(m)
		buf = m.Raw[:0]
		m = nil
		return err
	}
	atLineStart := true
	blank := true // the current line holds nothing but its line ending so far
	for {
		chunk, err := br.ReadSlice('\n')
		if len(chunk) > 0 {
			if atLineStart {
				if (prevNL || !started) && bytes.HasPrefix(chunk, []byte("From ")) {
					if ferr := flush(); ferr != nil {
						return ferr
					}
					m = &Message{Offset: offset + len(chunk), Line: line + 1, Raw: buf[:0]}
					if !bytes.HasSuffix(chunk, []byte("\n")) {
						// A From line longer than the buffer: the message
						// starts after its end, which is found below.
						m.Offset = -1
					}
				} else if m != nil {
					m.add(chunk, true, maxMessage)
				} else {
					// Text before the first From line: not a mailbox
					// message; read it as one anyway, so nothing is lost.
					m = &Message{Offset: offset, Line: line, Raw: buf[:0]}
					m.add(chunk, true, maxMessage)
				}
				blank = isBlank(chunk)
			} else {
				if m != nil && m.Offset >= 0 {
					m.add(chunk, false, maxMessage)
				} else if m != nil && bytes.HasSuffix(chunk, []byte("\n")) {
					m.Offset = offset + len(chunk)
				}
				blank = blank && isBlank(chunk)
			}
			started = true
			offset += len(chunk)
			atLineStart = chunk[len(chunk)-1] == '\n'
			if atLineStart {
				line++
				prevNL = blank
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if errors.Is(err, io.EOF) {
			return flush()
		}
		if err != nil {
			return fmt.Errorf("reading mailbox: %w", err)
		}
	}
}

// add appends a chunk of a line; lineStart says it begins the line, where
// an escaped From line is recognised.
func (m *Message) add(chunk []byte, lineStart bool, maxMessage int) {
	if m.TooLarge {
		return
	}
	if len(m.Raw)+len(chunk) > maxMessage {
		m.TooLarge, m.Raw, m.escapes = true, m.Raw[:0], nil
		return
	}
	if lineStart && len(chunk) > 0 && chunk[0] == '>' {
		rest := bytes.TrimLeft(chunk, ">")
		if bytes.HasPrefix(rest, []byte("From ")) {
			m.escapes = append(m.escapes, len(m.Raw))
		}
	}
	m.Raw = append(m.Raw, chunk...)
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}
