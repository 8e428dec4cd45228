package glossary

import (
	"fmt"
	"strings"
)

// PositionError is a problem at a place in a glossary file. It prints as
// file:line:col: message, the form editors and CI systems jump to.
type PositionError struct {
	File   string
	Line   int
	Column int
	Msg    string
}

func (e *PositionError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
}

// ErrorList holds every problem found in one or more glossary files, in
// file order, so a writer can fix them all in one pass.
type ErrorList []*PositionError

func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Unwrap lets errors.As find the individual errors.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
