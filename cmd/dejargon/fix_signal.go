package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/dejargon/dejargon/lint/fix"
)

// removeTempOnSignal makes Ctrl-C and SIGTERM during fix remove the
// temporary file being written before the process ends, so an interrupted
// run leaves every file whole and nothing hidden behind. The returned
// function stops listening.
func removeTempOnSignal(io *streams, w *fix.Writer) (stop func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sig:
			if w.Abort() {
				fmt.Fprintf(io.ErrOut, "dejargon: interrupted (%v); the file being fixed was left as it was\n", s)
			} else {
				fmt.Fprintf(io.ErrOut, "dejargon: interrupted (%v); files written so far are whole\n", s)
			}
			code := 130
			if s == syscall.SIGTERM {
				code = 143
			}
			os.Exit(code)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}
