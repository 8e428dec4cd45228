// Package config reads a team's .dejargon.yaml: which glossaries to use,
// who the readers are, which rules to run at what severity, which terms
// and paths to leave alone, and per-folder overrides. It finds the file
// for each checked path, merges overrides and command-line flags into the
// effective settings for that path, and builds (and caches) one linter per
// distinct set of settings.
package config

import (
	"github.com/dejargon/dejargon/glossary"
	"github.com/dejargon/dejargon/lint/wordfreq"
)

// FileName is the name a config file is discovered by.
const FileName = ".dejargon.yaml"

// altFileName is accepted too, since both YAML extensions are common.
const altFileName = ".dejargon.yml"

// FileNames are the names a config file is discovered by, the first
// winning when a folder holds both.
func FileNames() []string { return []string{FileName, altFileName} }

// File is one parsed config file.
type File struct {
	// Path is the file as the user should see it in messages.
	Path string
	// Dir is the absolute folder of the file: relative paths and globs in
	// the file are taken from here.
	Dir string
	// Top holds the settings outside any override.
	Top Settings
	// Overrides apply, in order, to paths matching their globs.
	Overrides []Override
	// Baseline is the absolute path of the baseline file, or "".
	Baseline string
}

// Settings are the keys a config file and each override may set. A nil
// pointer or empty string means "not set here".
type Settings struct {
	// Glossaries are absolute paths, loaded after the built-in glossary.
	Glossaries []string
	Builtin    *bool
	Audience   glossary.Audience
	// Rules maps a rule id to its setting.
	Rules map[string]RuleSetting
	// Allow lists terms never flagged.
	Allow []string
	// Ignore lists globs, relative to the config file's folder, of paths
	// never checked.
	Ignore []string
	// FailOn is error, warning, suggestion or none.
	FailOn string
	// RareWordThreshold is the Zipf frequency under which rare-word
	// reports a word, or wordfreq.Off; nil leaves it to the audience.
	RareWordThreshold *wordfreq.Zipf
}

// RuleSetting turns a rule off or sets its severity.
type RuleSetting struct {
	Off      bool
	Severity glossary.Severity
	// At is where the setting was written, for errors about unknown rules.
	At Position
}

// String is the setting as written in a config file.
func (r RuleSetting) String() string {
	if r.Off {
		return "off"
	}
	return string(r.Severity)
}

// Position is a place in a config file.
type Position struct {
	File         string
	Line, Column int
}

// Override is a list of globs and the settings for paths matching any of
// them.
type Override struct {
	Paths []string
	Settings
	// Line is where the override starts, to tell overrides apart in
	// `dejargon config` output.
	Line int
}

// merge lays s over base: single values replace, lists add up, rule
// settings replace rule by rule.
func merge(base, s Settings) Settings {
	out := base
	out.Glossaries = append(append([]string(nil), base.Glossaries...), s.Glossaries...)
	out.Allow = append(append([]string(nil), base.Allow...), s.Allow...)
	out.Ignore = append(append([]string(nil), base.Ignore...), s.Ignore...)
	if s.Builtin != nil {
		out.Builtin = s.Builtin
	}
	if s.Audience != "" {
		out.Audience = s.Audience
	}
	if s.FailOn != "" {
		out.FailOn = s.FailOn
	}
	if s.RareWordThreshold != nil {
		out.RareWordThreshold = s.RareWordThreshold
	}
	if len(s.Rules) > 0 {
		out.Rules = map[string]RuleSetting{}
		for id, r := range base.Rules {
			out.Rules[id] = r
		}
		for id, r := range s.Rules {
			out.Rules[id] = r
		}
	}
	return out
}
