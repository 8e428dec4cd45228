package config

// StarterConfig is what `dejargon init` writes to .dejargon.yaml: every
// key, commented, so a team can read what it may change without opening
// the manual.
const StarterConfig = `# dejargon settings for this repository.
# dejargon uses the nearest .dejargon.yaml in a checked file's folder or
# a folder above it, up to the repository root. Command-line flags win.

# Team glossaries, relative to this file. Their terms override built-in ones.
glossaries:
  - glossary.yaml

# The built-in glossary of IT acronyms, jargon and wordy phrases: on or off.
builtin: on

# Who reads the text: general, business, executive or technical.
audience: business

# Per rule: off, or the severity to report it at (error, warning, suggestion).
# Run "dejargon config" to list the rules.
rules:
  wordy: suggestion

# Terms never flagged, such as your own product names.
allow:
  - Acme Cloud

# Paths never checked, relative to this file (** matches any folders).
# .gitignore files are respected as well.
ignore:
  - "**/CHANGELOG.md"
  - "generated/**"

# Lowest severity that fails the run: error, warning, suggestion or none.
fail_on: warning

# Findings recorded with "dejargon check --write-baseline FILE" that are
# not reported again.
# baseline: .dejargon-baseline.json

# Settings for some paths only; later overrides win over earlier ones.
overrides:
  - paths: ["docs/api/**"]
    audience: technical
  - paths: ["announcements/**"]
    audience: general
    fail_on: suggestion
`

// StarterGlossary is what `dejargon init` writes to glossary.yaml: two
// example entries, one acronym and one piece of jargon.
const StarterGlossary = `# Your team's glossary. Each entry names a term, what kind of problem it
# is (acronym, jargon or wordy) and what to write instead. See the README
# ("The glossary") for every key.
version: 1
entries:
  - term: CAB
    kind: acronym
    expansion: change advisory board
    definition: The group that approves changes to live systems before they are made.
    note: Only the IT team uses this name.

  - term: hypercare
    kind: jargon
    replace: [extra support after launch]
    definition: A period of closer support straight after a new system goes live.
`
