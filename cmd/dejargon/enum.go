package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/config"
	"github.com/dejargon/dejargon/lint/reader"
)

// enumValue is a string flag whose values are a fixed list, declared once
// in the manner of gh's cmdutil.StringEnumFlag: the help text, the
// validation and the shell completion of the flag all come from it.
type enumValue struct {
	p    *string
	name string
	enum enum
}

// enum is the list of values a flag takes: values are offered in help
// and completion; aliases are accepted too but never offered (md for
// markdown).
type enum struct {
	values  []string
	aliases []string
}

// enumError is a value outside a flag's list. The flag error handler
// unwraps it from pflag's "invalid argument" wrapping so the message
// names the flag and the choices once.
type enumError struct {
	flag, value string
	values      []string
}

func (e *enumError) Error() string {
	return fmt.Sprintf("unknown --%s %q (want %s)", e.flag, e.value, orList(e.values))
}

func (v *enumValue) Set(s string) error {
	if !v.enum.accepts(s) {
		return &enumError{flag: v.name, value: s, values: v.enum.values}
	}
	*v.p = s
	return nil
}

func (v *enumValue) String() string { return *v.p }

func (v *enumValue) Type() string { return "string" }

func (e enum) accepts(s string) bool {
	return slices.Contains(e.values, s) || slices.Contains(e.aliases, s)
}

// enumFlag defines flag --name (-short when not empty) on cmd, storing into
// p and starting at def; usage is followed by the values.
func enumFlag(cmd *cobra.Command, p *string, name, short, def string, e enum, usage string) {
	*p = def
	cmd.Flags().VarP(&enumValue{p: p, name: name, enum: e}, name, short, usage+": "+orList(e.values))
	// An error means the flag already has a completion: impossible here,
	// since each flag is defined once.
	_ = cmd.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(e.values, cobra.ShellCompDirectiveNoFileComp))
}

// orList writes values as "a, b or c".
func orList(values []string) string {
	switch len(values) {
	case 0:
		return ""
	case 1:
		return values[0]
	}
	return strings.Join(values[:len(values)-1], ", ") + " or " + values[len(values)-1]
}

// names turns a list of named values into strings.
func names[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

// The enumerations the commands share, each derived from the one list that
// defines it.
func audienceEnum() enum { return enum{values: names(glossary.Audiences)} }
func kindEnum() enum     { return enum{values: names(glossary.Kinds)} }
func failOnEnum() enum   { return enum{values: config.FailOnValues()} }
func typeEnum() enum {
	return enum{values: names(reader.Types()), aliases: reader.TypeAliases()}
}

// namedFormat is one output format of a command: the name --format takes,
// an alias it accepts too, and the function that writes it.
type namedFormat[W any] struct {
	name, alias string
	write       W
}

// formatEnum is the --format list of a command's formats.
func formatEnum[W any](formats []namedFormat[W]) enum {
	var e enum
	for _, f := range formats {
		e.values = append(e.values, f.name)
		if f.alias != "" {
			e.aliases = append(e.aliases, f.alias)
		}
	}
	return e
}

// lookupFormat finds the writer of format name, by name or alias.
func lookupFormat[W any](formats []namedFormat[W], name string) (W, bool) {
	for _, f := range formats {
		if f.name == name || f.alias != "" && f.alias == name {
			return f.write, true
		}
	}
	var zero W
	return zero, false
}
