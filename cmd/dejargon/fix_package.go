package main

import (
	"fmt"

	"github.com/dejargon/dejargon/lint/fix"
	"github.com/dejargon/dejargon/lint/report"
)

// fixPackage fixes a Word or OpenDocument file: each fix rewrites words
// within one run of the part's XML and the rest of the package is copied
// as it was. A term whose words run across differently formatted text (or
// a field, or a special character such as a soft hyphen) is listed for the writer to change in their word processor.
func fixPackage(io *streams, o *fixOptions, path string, src []byte, p *fix.Plan, w *fix.Writer, wopts fix.WriteOptions) error {
	if o.interactive {
		return fmt.Errorf("%s: --interactive works on text files; fix a Word or OpenDocument file without it, or with --dry-run to see the fixes", path)
	}
	for _, s := range p.Skipped {
		if s.Reason == fix.Markup {
			fmt.Fprintf(io.ErrOut, "dejargon: %s:%s: %q not rewritten: its words run across differently formatted text, a field or a special character; change it in your word processor\n",
				path, paragraphWhere(s.Finding.Line, s.Finding.Column), s.Finding.Match)
		}
	}
	if o.dryRun {
		for _, e := range p.Edits {
			fmt.Fprintf(io.Out, "%s:%s: %q → %q\n", path, paragraphWhere(e.Line, e.Column), e.Old, e.New)
		}
		return nil
	}
	if len(p.Edits) == 0 {
		return nil
	}
	out, err := fix.ApplyPackage(src, p.Doc, p.Edits)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := w.WriteFile(path, src, out, wopts); err != nil {
		return err
	}
	fmt.Fprintf(io.Out, "%s: %s\n", path, plural(len(p.Edits), "fix", "fixes"))
	return nil
}

// paragraphWhere writes a place in a package document as check's reports
// do.
func paragraphWhere(paragraph, column int) string { return report.Place(true, paragraph, column) }
