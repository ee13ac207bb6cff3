#!/usr/bin/env bash
# Regenerates what tests compare byte for byte with the tool's own output:
#   schema/case.schema.json, schema/rules.schema.json      (civiclex schema case|rules)
#   Tests/CLITests/Golden/*.txt                             (help texts and a report; see GoldenFiles.swift)
# Run it after changing the facts, the rule format, a command's help or a report layout, and
# review the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -q
bin="$(swift build --show-bin-path)/civiclex"
export NO_COLOR=1 SOURCE_DATE_EPOCH=1767225600 COLUMNS=80
unset CIVICLEX_RULES
"$bin" schema case > schema/case.schema.json
"$bin" schema rules > schema/rules.schema.json
golden=Tests/CLITests/Golden
mkdir -p "$golden"
# Each line: golden file name, then the arguments (the list GoldenFiles.swift checks).
while IFS='|' read -r name arguments; do
  [ -n "$name" ] || continue
  # shellcheck disable=SC2086
  "$bin" $arguments > "$golden/$name" || true
done < "$golden/INDEX"
echo "updated schema/ and $golden/ — review with git diff"
