package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

func newManCmd(io *streams) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "man",
		Short: "Print the man page, or write one per command to a folder",
		Long: `Print the dejargon(1) man page, built from the same help text as --help.
With --dir, write a page for every command instead (dejargon.1,
dejargon-check.1, ...), as the release archives ship them.`,
		Example: `  dejargon man | man -l -
  dejargon man --dir /usr/local/share/man/man1`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			root := cmd.Root()
			root.DisableAutoGenTag = true
			header := &doc.GenManHeader{Source: "dejargon " + version, Manual: "dejargon manual"}
			if version == "" {
				header.Source = "dejargon"
			}
			if dir == "" {
				if err := doc.GenMan(root, header, io.Out); err != nil {
					return fmt.Errorf("writing the man page: %w", err)
				}
				return nil
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return fmt.Errorf("creating the man page folder: %w", err)
			}
			if err := doc.GenManTree(root, header, dir); err != nil {
				return fmt.Errorf("writing man pages to %s: %w", dir, err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "write one page per command into this `folder`")
	return cmd
}
