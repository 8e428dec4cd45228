package main

import (
	"errors"
	"fmt"
)

// Exit statuses, the contract scripts and CI rely on.
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitError    = 2 // usage, input or glossary error
)

// errFindings means "exit 1, the report already said why".
var errFindings = errors.New("findings")

// errSilent means "exit 2, the error was already printed".
var errSilent = errors.New("errors were reported")

// usageError marks mistakes in how the command was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// exitCode maps the error a command returned to the exit status, in one
// place.
func exitCode(err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFindings):
		return exitFindings
	default:
		return exitError
	}
}
