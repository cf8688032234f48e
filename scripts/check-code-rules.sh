#!/usr/bin/env bash
# Two rules of docs/architecture.md that no compiler checks:
# - A map layer is named by its `Layer` value: its table's name is spelled once, in the registry
#   (core/store/layers.cpp). Translated words (tr) and the permit rules' stored keys, marked
#   "stored key" where they are spelled, are not names of the layer.
# - No function in core/, gis/ or app/ runs over 120 lines.
# Prints each offending line and fails when there is one.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
status=0

tables=$(grep -oE '\{Layer::[A-Za-z]+, "[a-z_]+"' core/store/layers.cpp | sed -E 's/.*"([a-z_]+)"/\1/' | paste -sd'|')
if [ -z "$tables" ]; then
  echo "No layer found in core/store/layers.cpp: the registry's form changed; change this check with it."
  exit 1
fi
found=$(grep -rnE "\"($tables)\"" core gis app --include='*.cpp' --include='*.h' |
  grep -v '^core/store/layers.cpp:' | grep -vE '\btr\("|stored key' || true)
if [ -n "$found" ]; then
  echo "A layer's table is spelled outside the registry; name the layer by its Layer value (tableOf):"
  echo "$found"
  status=1
fi

# A brace block longer than 120 lines whose opening line is not a namespace, class, struct, enum or
# the initialiser of a table of data is a function body that grew too long. Strings and // comments
# are left out before braces are counted.
long=$(find core gis app -name '*.cpp' -o -name '*.h' | sort | xargs awk '
  FNR == 1 { depth = 0; previous = "" }
  {
    line = $0
    gsub(/\\./, "", line)
    gsub(/"[^"]*"/, "\"\"", line)
    gsub(/\047[^\047]*\047/, "\047\047", line)
    sub(/\/\/.*/, "", line)
    for (i = 1; i <= length(line); ++i) {
      c = substr(line, i, 1)
      if (c == "{") {
        head = line
        if (head ~ /^[ \t]*\{[ \t]*$/) head = previous
        start[++depth] = FNR
        heads[depth] = head
      } else if (c == "}" && depth > 0) {
        head = heads[depth]
        if (FNR - start[depth] + 1 > 120 && head !~ /(^|[ \t])(namespace|class|struct|enum|union)([ \t]|$)/ &&
            head !~ /=[ \t]*\{?[ \t]*$/)
          printf "%s:%d: %d lines\n", FILENAME, start[depth], FNR - start[depth] + 1
        --depth
      }
    }
    if (line ~ /[^ \t]/) previous = line
  }')
if [ -n "$long" ]; then
  echo "A function over 120 lines; split it into named steps:"
  echo "$long"
  status=1
fi
[ $status -eq 0 ] && echo "Layers are named through the registry; no function runs over 120 lines."
exit $status
