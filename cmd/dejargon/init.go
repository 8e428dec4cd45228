package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/lint/config"
)

// starterGlossaryName is the team glossary the starter config points at.
const starterGlossaryName = "glossary.yaml"

func newInitCmd(io *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "init [DIR]",
		Short: "Write a starter .dejargon.yaml and team glossary",
		Long: `Write a commented starter ` + config.FileName + ` and a team glossary (` + starterGlossaryName + `)
with two example entries into DIR (default: the current folder). Existing
files are never overwritten: if either file exists, nothing is written.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			files := []struct{ path, content string }{
				{filepath.Join(dir, config.FileName), config.StarterConfig},
				{filepath.Join(dir, starterGlossaryName), config.StarterGlossary},
			}
			// Check both first, so a refusal leaves no half-made setup.
			for _, f := range files {
				if _, err := os.Stat(f.path); err == nil {
					return fmt.Errorf("%s already exists; not overwriting it", f.path)
				} else if !errors.Is(err, fs.ErrNotExist) {
					return fmt.Errorf("checking %s: %w", f.path, err)
				}
			}
			for _, f := range files {
				if err := writeNew(f.path, f.content); err != nil {
					return err
				}
				fmt.Fprintf(io.Out, "wrote %s\n", f.path)
			}
			return nil
		},
	}
}

// writeNew creates path with content, failing rather than replacing a
// file that appeared since it was checked.
func writeNew(path, content string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if _, err := f.WriteString(content); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
