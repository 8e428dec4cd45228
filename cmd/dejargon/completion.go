package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// shells are the shells cobra writes completion scripts for.
var shells = []string{"bash", "zsh", "fish", "powershell"}

func newCompletionCmd(io *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: "Print a shell completion script",
		Long: `Print a script that completes dejargon's commands, flags and flag values
(formats, audiences, severities) in your shell.

  bash:        source <(dejargon completion bash)
               or save it as /etc/bash_completion.d/dejargon
  zsh:         dejargon completion zsh > "${fpath[1]}/_dejargon"
  fish:        dejargon completion fish > ~/.config/fish/completions/dejargon.fish
  powershell:  dejargon completion powershell | Out-String | Invoke-Expression`,
		ValidArgs: shells,
		Args: func(cmd *cobra.Command, args []string) error {
			if err := cobra.ExactArgs(1)(cmd, args); err != nil {
				return usageError{err}
			}
			if err := cobra.OnlyValidArgs(cmd, args); err != nil {
				return usagef("unknown shell %q (want bash, zsh, fish or powershell)", args[0])
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			var err error
			switch args[0] {
			case "bash":
				err = root.GenBashCompletionV2(io.Out, true)
			case "zsh":
				err = root.GenZshCompletion(io.Out)
			case "fish":
				err = root.GenFishCompletion(io.Out, true)
			case "powershell":
				err = root.GenPowerShellCompletionWithDesc(io.Out)
			}
			if err != nil {
				return fmt.Errorf("writing the %s completion script: %w", args[0], err)
			}
			return nil
		},
	}
}

// valueFlags are string flags whose values are never file names.
var valueFlags = map[string]bool{"max-file-size": true, "new-from-rev": true, "listen": true}

// noFileValues stops the shell offering file names for flags that take a
// number, a size, a revision or an address, which cobra would otherwise
// do for any flag without a completion of its own.
func noFileValues(c *cobra.Command) {
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Value.Type() == "int" || valueFlags[f.Name] {
			if _, ok := c.GetFlagCompletionFunc(f.Name); !ok {
				_ = c.RegisterFlagCompletionFunc(f.Name, cobra.NoFileCompletions)
			}
		}
	})
	for _, sub := range c.Commands() {
		noFileValues(sub)
	}
}
