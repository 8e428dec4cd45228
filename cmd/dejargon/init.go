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
				if err := refuseExisting(f.path, f.path); err != nil {
					return err
				}
			}
			// A config under the other name would be shadowed by the new
			// one, which is found first: as good as overwriting it.
			for _, name := range config.FileNames()[1:] {
				if err := refuseExisting(filepath.Join(dir, name), files[0].path); err != nil {
					return err
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

// refuseExisting fails when path exists, since writing target would
// replace or shadow it.
func refuseExisting(path, target string) error {
	_, err := os.Stat(path)
	switch {
	case err == nil && path == target:
		return fmt.Errorf("%s already exists; not overwriting it", path)
	case err == nil:
		return fmt.Errorf("%s already exists; not writing %s, which would take its place", path, target)
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("checking %s: %w", path, err)
	}
	return nil
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
