#!/usr/bin/env bash
# Runs the CLI over Tests/CLITests/Malformed and prints, per input, the exit status and
# the first stderr line (what a `.expected` file holds). With --write, creates missing
# `.expected` files from the actual output (review them before committing!).
# Usage: fuzz/record_expected.sh [--write] [BINARY]   (from the repository root)
set -u
write=0
if [ "${1:-}" = "--write" ]; then write=1; shift; fi
bin=${1:-.build-fuzz/debug/civiclex}
dir=Tests/CLITests/Malformed
export NO_COLOR=1
unset CIVICLEX_RULES
run() {  # kind path expected-file
    local out status first
    out=$(timeout 20 "$bin" "$1" "$2" 2>&1 >/dev/null | head -1)
    status=${PIPESTATUS[0]}
    status=$(timeout 20 "$bin" "$1" "$2" >/dev/null 2>&1; echo $?)
    printf '%-3s %s\n    %s\n' "$status" "$2" "$out"
    if [ $write = 1 ] && [ ! -e "$3" ] && [ "$status" = 2 ]; then printf '%s\n' "$out" > "$3"; fi
}
for path in "$dir"/cases/*.yaml; do run assess "$path" "${path%.yaml}.expected"; done
for path in "$dir"/rules/*/; do path=${path%/}; run check "$path" "$path.expected"; done
