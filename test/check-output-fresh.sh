#!/usr/bin/env bash
# Fails when the committed output folder differs from a fresh build: commit regenerated outputs with the change that caused them.
set -euo pipefail
fresh=$1 committed=$2
if ! diff -r -q "$fresh" "$committed"; then
  echo "error [test]: $committed/ is not what 'make all' produces now (fresh build in $fresh). Run 'make all' and commit $committed/." >&2
  exit 1
fi
