package main

import (
	"context"
	"errors"

	"github.com/spf13/cobra"

	"github.com/dejargon/dejargon/internal/lsp"
)

func newLSPCmd(io *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "lsp",
		Short: "Run the language server for editors (LSP over standard input and output)",
		Long: `Run dejargon as a Language Server Protocol server on standard input and
output, for editors: diagnostics as you type, explanations on hover and the
findings' fixes as quick fixes. Each buffer is checked with the settings of
the nearest .dejargon.yaml, as check does. Editors start this command
themselves; see the README's Editors section for their setup.

Exit status: 0 after the editor's shutdown and exit, 1 when it exited
without shutdown or the stream broke.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			err := lsp.Serve(context.Background(), io.In, io.Out, lsp.Options{Version: versionString(), Log: io.ErrOut})
			if errors.Is(err, lsp.ErrNoShutdown) {
				return errFindings // exit 1, as LSP asks, with nothing to print
			}
			return err
		},
	}
}
