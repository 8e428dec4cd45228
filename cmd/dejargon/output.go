package main

import (
	"io"
	"sync"
)

// outputWriter remembers the first error writing standard output, so a
// report lost to a full disk or a closed pipe makes the run exit 2 even
// where a command printed with fmt.Fprint and did not look.
type outputWriter struct {
	mu  sync.Mutex
	w   io.Writer
	err error
}

func (o *outputWriter) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// Err returns the first write error, if any.
func (o *outputWriter) Err() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.err
}
