package main

import (
	"fmt"
	"os"

	"github.com/dejargon/dejargon/lint/report"
)

// stepSummaryFromEnv returns the job summary collector when GitHub Actions
// names a summary file (GITHUB_STEP_SUMMARY), with links to the commit
// checked, or nil outside GitHub Actions.
func stepSummaryFromEnv() (*report.StepSummary, string) {
	path := os.Getenv("GITHUB_STEP_SUMMARY")
	if path == "" {
		return nil, ""
	}
	return &report.StepSummary{Repo: report.RepoLinks{
		Server:     os.Getenv("GITHUB_SERVER_URL"),
		Repository: os.Getenv("GITHUB_REPOSITORY"),
		SHA:        os.Getenv("GITHUB_SHA"),
		Workspace:  os.Getenv("GITHUB_WORKSPACE"),
	}}, path
}

// appendStepSummary appends the run's Markdown summary to path: steps
// share the file, so it is never truncated.
func appendStepSummary(s *report.StepSummary, path string, sum report.Summary) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("writing the job summary: %w", err)
	}
	if err := s.Write(f, sum); err != nil {
		f.Close()
		return fmt.Errorf("writing the job summary %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing the job summary %s: %w", path, err)
	}
	return nil
}
