package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// unknownVersion names a build with no release version, as version and
// the machine formats (SARIF's tool.driver.version) both say.
const unknownVersion = "devel"

// Set at release time with -ldflags "-X main.version=… -X main.commit=…".
var (
	version = ""
	commit  = ""
)

// versionString reports the stamped version, or what the Go toolchain
// recorded when the binary was built with go install.
func versionString() string {
	v, c := version, commit
	if info, ok := debug.ReadBuildInfo(); ok {
		if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && c == "" {
				c = s.Value
			}
		}
	}
	if v == "" {
		v = unknownVersion
	}
	if c != "" {
		return fmt.Sprintf("%s (commit %s)", v, c)
	}
	return v
}

// toolVersion is the one version machine formats name their producer by:
// the stamped release version, else the module version go install
// recorded, else the VCS revision the binary was built from, else
// "devel".
func toolVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return unknownVersion
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && s.Value != "" {
			return s.Value
		}
	}
	return unknownVersion
}

func newVersionCmd(io *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version and commit",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(io.Out, "dejargon %s\n", versionString())
			return err
		},
	}
}
