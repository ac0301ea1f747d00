#!/usr/bin/env bash
# `newest-release.sh MAJOR`: reads tag names (or refs/tags/…) on standard input
# and prints the newest release of that major line (v1 → the highest v1.x.y by
# version order, prereleases left out), or nothing when there is none. The
# release workflow moves the major tag only to this one.
set -euo pipefail
major="${1:?usage: newest-release.sh MAJOR (for example v1)}"
sed 's#^refs/tags/##' | grep -E "^${major}\.[0-9]+\.[0-9]+$" | sort -V | tail -n 1 || true
