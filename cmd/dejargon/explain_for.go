package main

import (
	"errors"
	"fmt"
	goio "io"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/internal/textfile"
	"github.com/dejargon/dejargon/lint"
	"github.com/dejargon/dejargon/lint/fix"
	"github.com/dejargon/dejargon/lint/reader"
	"github.com/dejargon/dejargon/lint/report"
	"github.com/dejargon/dejargon/lint/runner"
)

// explainForOptions are the flags of `explain --for`.
type explainForOptions struct {
	on     bool
	format string
	typ    string
}

func (o *explainForOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&o.on, "for", false, "treat the arguments as files (- for standard input) and print a glossary of the terms they use, to paste at the end")
	enumFlag(cmd, &o.format, "format", "", explainForFormats[0].name, explainForEnum(), "with --for, the output format (text suits email)")
	enumFlag(cmd, &o.typ, "type", "", "", typeEnum(), "with --for, read every file as this type")
}

// explainForFormats are the formats of explain --for, the first the
// default; --format, its help and its completion come from them.
var explainForFormats = []namedFormat[func(goio.Writer, []fix.Term) error]{
	{name: "text", write: fix.WriteTermsText},
	{name: "markdown", alias: "md", write: fix.WriteTermsMarkdown},
}

func explainForEnum() enum { return formatEnum(explainForFormats) }

// explainFor prints "Terms used in this message" for each file: the
// acronyms and jargon it still uses, in order of first use. linterFor gives
// the linter for a file's path, so the config's settings for it apply.
func explainFor(io *streams, linterFor func(path string) (*lint.Linter, error), o *explainForOptions, paths []string) error {
	write, ok := lookupFormat(explainForFormats, o.format)
	if !ok {
		return usageError{&enumError{flag: "format", value: o.format, values: explainForEnum().values}}
	}
	typ, err := parseTypeFlag(o.typ)
	if err != nil {
		return err
	}
	ropts := reader.Options{Type: typ}
	failed := false
	printed := 0
	for _, path := range paths {
		l, err := linterFor(path)
		var terms []fix.Term
		if err == nil {
			terms, err = termsIn(io, l, path, ropts)
		}
		if err != nil {
			fmt.Fprintf(io.ErrOut, "dejargon: %s\n", err)
			failed = true
			continue
		}
		if len(paths) > 1 {
			if printed > 0 {
				fmt.Fprintln(io.Out)
			}
			fmt.Fprintf(io.Out, "==> %s <==\n", path)
		}
		printed++
		if len(terms) == 0 {
			fmt.Fprintln(io.ErrOut, "dejargon: "+path+": no acronyms or jargon left to explain")
			continue
		}
		if err := write(io.Out, terms); err != nil {
			return fmt.Errorf("writing glossary: %w", err)
		}
	}
	if failed {
		return errSilent
	}
	return nil
}

// termsIn reads one file ("-" for standard input, read as plain text
// unless --type says otherwise) and lists the terms it uses.
func termsIn(io *streams, l *lint.Linter, path string, ropts reader.Options) ([]fix.Term, error) {
	name := path
	var src []byte
	if path == runner.StdinPath {
		name = "<stdin>"
		if ropts.Type == reader.Auto {
			ropts.Type = reader.Text
		}
		var err error
		if src, err = textfile.ReadAs(io.In, textfile.DefaultLimit, runner.ReadsAsText(name, ropts)); err != nil {
			n := runner.ReadNotice(name, true, err)
			return nil, errors.New(n.Path + ": " + n.Message)
		}
	} else {
		// Read as check reads a named file: bounded, and an error when
		// it is not text.
		var notice *report.FileError
		if src, notice = runner.ReadTarget(runner.Target{Path: path, Named: true}, textfile.DefaultLimit, runner.ReadsAsText(path, ropts)); notice != nil {
			return nil, errors.New(notice.Path + ": " + notice.Message)
		}
	}
	doc, err := reader.Read(name, src, ropts)
	if err != nil {
		n := runner.ReadNotice(name, true, err)
		return nil, errors.New(n.Path + ": " + n.Message)
	}
	for _, n := range doc.Notes {
		fmt.Fprintf(io.ErrOut, "dejargon: %s: %s\n", path, n)
	}
	return fix.Explain(l, doc), nil
}
