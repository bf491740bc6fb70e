#!/usr/bin/env bash
# The CI run of csreview, shared by the GitHub Action (action.yml) and the GitLab template (ci/csreview.gitlab-ci.yml):
# `csreview assess` with options taken from environment variables, so no input is ever pasted into a script.
#   CSREVIEW_PATHS        profiles, folders or globs, separated by spaces or new lines (default: .)
#   CSREVIEW_FORMATS      assess --format (default: text,json,junit,sarif)
#   CSREVIEW_OUTPUT_DIR   where the reports go (default: csreview-out; replaced files: --force)
#   CSREVIEW_FAIL_ON      assess --fail-on (default: none)
#   CSREVIEW_BASELINE     an earlier assessment JSON: report changes since it (optional)
#   CSREVIEW_FAIL_ON_CHANGES  true: only routes that got worse since the baseline count for --fail-on
#   CSREVIEW_WAIVERS      a waivers file (optional)
#   CSREVIEW_SOURCE_ROOT  SARIF paths are relative to it (default: the git work tree holding the first profile)
#   CSREVIEW_ARGS         more options, split into words
#   CSREVIEW              the csreview to run (default: csreview on PATH)
# Exits with csreview's code: 0, 1 (--fail-on reached), 2 (invalid input), 3, 130.
set -euo pipefail

paths=()
while IFS= read -r line; do
  # shellcheck disable=SC2206  # word splitting and globbing of each line on purpose: paths and globs
  words=($line)
  paths+=(${words[@]+"${words[@]}"})
done <<< "${CSREVIEW_PATHS:-.}"
[ ${#paths[@]} -gt 0 ] || paths=(.)

args=(assess "${paths[@]}" --format "${CSREVIEW_FORMATS:-text,json,junit,sarif}"
      --output-dir "${CSREVIEW_OUTPUT_DIR:-csreview-out}" --force)
[ -z "${CSREVIEW_FAIL_ON:-}" ] || args+=(--fail-on "$CSREVIEW_FAIL_ON")
[ -z "${CSREVIEW_BASELINE:-}" ] || args+=(--baseline "$CSREVIEW_BASELINE")
[ "${CSREVIEW_FAIL_ON_CHANGES:-false}" != true ] || args+=(--fail-on-changes)
[ -z "${CSREVIEW_WAIVERS:-}" ] || args+=(--waivers "$CSREVIEW_WAIVERS")
[ -z "${CSREVIEW_SOURCE_ROOT:-}" ] || args+=(--source-root "$CSREVIEW_SOURCE_ROOT")
# shellcheck disable=SC2206
[ -z "${CSREVIEW_ARGS:-}" ] || args+=(${CSREVIEW_ARGS})

echo "csreview ${args[*]}" >&2
exec "${CSREVIEW:-csreview}" "${args[@]}"
