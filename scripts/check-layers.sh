#!/usr/bin/env bash
# The layer rule the linker cannot see: code above core (gis/, app/) holds a district, never its
# connection. It calls core functions; it never asks the store for db() nor opens an sql::Database
# (docs/architecture.md, "The store"). Prints each offending line and fails when there is one.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
found=$(grep -rnE '(\.|->)db\(\)|sql::Database\b' gis app --include='*.cpp' --include='*.h' || true)
if [ -n "$found" ]; then
  echo "Code above core reaches for the store's connection; make what it needs a function in core:"
  echo "$found"
  exit 1
fi
echo "gis/ and app/ hold no connection of the store."
