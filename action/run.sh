#!/usr/bin/env bash
# Runs dejargon check for the GitHub Action (action.yml). Inputs arrive in
# the environment, never pasted into script text, so they cannot inject
# commands.
#
# DEJARGON_PATHS and DEJARGON_ARGS hold one path or argument per line, so
# either may contain spaces. DEJARGON_FORMAT, DEJARGON_OUTPUT and
# DEJARGON_FAIL_ON are single values; DEJARGON_JOB_SUMMARY=false keeps
# the Markdown job summary out. DEJARGON_BIN is where install.sh put the
# binary.
set -euo pipefail

exe=${DEJARGON_BIN:?}/dejargon
[ -x "$exe" ] || exe=${DEJARGON_BIN}/dejargon.exe

lines() { # prints each non-blank line of $1, trimmed, NUL-terminated
  printf '%s\n' "$1" | while IFS= read -r line; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    [ -n "$line" ] && printf '%s\0' "$line"
  done
}

paths=() args=()
while IFS= read -r -d '' p; do paths+=("$p"); done < <(lines "${DEJARGON_PATHS:-.}")
while IFS= read -r -d '' a; do args+=("$a"); done < <(lines "${DEJARGON_ARGS:-}")
[ ${#paths[@]} -gt 0 ] || paths=(.)

format=${DEJARGON_FORMAT:-github}
flags=(--format "$format")
if [ -n "${DEJARGON_FAIL_ON:-}" ]; then flags+=(--fail-on "$DEJARGON_FAIL_ON"); fi
if [ "${DEJARGON_JOB_SUMMARY:-true}" = false ]; then unset GITHUB_STEP_SUMMARY; fi

"$exe" version
status=0
if [ -z "${DEJARGON_OUTPUT:-}" ]; then
  "$exe" check "${flags[@]}" "${args[@]}" -- "${paths[@]}" || status=$?
elif [ "$format" = github ]; then
  # Annotations only work in the log: keep them there and copy them to
  # the file, rather than hiding them in it.
  "$exe" check "${flags[@]}" "${args[@]}" -- "${paths[@]}" | tee "$DEJARGON_OUTPUT" || status=${PIPESTATUS[0]}
else
  "$exe" check "${flags[@]}" "${args[@]}" -- "${paths[@]}" > "$DEJARGON_OUTPUT" || status=$?
  echo "dejargon action: report written to $DEJARGON_OUTPUT" >&2
fi
exit "$status"
