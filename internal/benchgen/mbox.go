package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// writeMbox writes one mailbox of about total bytes: messages of about
// messageSize bytes in mboxrd form, each after a "From " line, with body
// lines that start with "From " escaped. It writes as it goes, so a
// mailbox of gigabytes costs no memory to make.
func writeMbox(dir string, total int64, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(dir, "mailbox.mbox")
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	g := newGenerator(seed)
	var written int64
	messages := 0
	for written < total {
		msg := g.email(messageSize)
		// Every few messages a body line starts with "From ", which the
		// mailbox must escape and the reader unescape.
		if messages%5 == 0 {
			msg = bytes.Replace(msg, []byte("Hi all,\r\n"), []byte("Hi all,\r\nFrom the service desk: we leverage the new SSO portal.\r\n"), 1)
		}
		msg = escapeFrom(msg)
		n, _ := fmt.Fprintf(w, "From it@example.com Mon Nov  2 09:00:00 2026\n")
		m, _ := w.Write(msg)
		k, _ := w.WriteString("\n")
		written += int64(n + m + k)
		messages++
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("wrote %d messages, %d bytes, to %s\n", messages, written, path)
	return nil
}

// messageSize is a typical message's size, quotes and all.
const messageSize = 6 << 10

// escapeFrom escapes body lines as mboxrd does: ">*From " gains a ">".
func escapeFrom(msg []byte) []byte {
	lines := bytes.SplitAfter(msg, []byte("\n"))
	var out bytes.Buffer
	for _, l := range lines {
		if bytes.HasPrefix(bytes.TrimLeft(l, ">"), []byte("From ")) {
			out.WriteByte('>')
		}
		out.Write(l)
	}
	return out.Bytes()
}
