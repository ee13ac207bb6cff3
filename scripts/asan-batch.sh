#!/usr/bin/env bash
# Scores a directory of a few thousand case files with an AddressSanitizer build of civiclex
# and fails on any ASan report (or a crash). Run by .ci/run.
#
#   scripts/asan-batch.sh [FILES] [RUNS]     (defaults: 3000 files, 1 run; about 1 minute
#                                            after the ASan build, which takes 2-3 minutes)
#
# The files are copies of the bundled cases under names of every length from 1 to 200
# characters (so `readdir` returns records of every size), a third of them in
# subdirectories, plus the malformed case corpus (error rows), a FIFO named like a case, and a
# link to a directory (not followed). Each run scores the directory twice: to standard output
# with two lanes, and to an --output file in jsonl with one.
set -euo pipefail
cd "$(dirname "$0")/.."

files=${1:-3000}
runs=${2:-1}

# CIVICLEX_ASAN_BINARY runs another ASan build instead (an older commit's, to compare).
binary=${CIVICLEX_ASAN_BINARY:-}
if [ -z "$binary" ]; then
    swift build --sanitize=address --scratch-path .build-asan --product civiclex
    binary=$(swift build --sanitize=address --scratch-path .build-asan --show-bin-path)/civiclex
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/civiclex-asan.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 - "$work/cases" "$files" <<'PY'
import glob, os, shutil, sys
target, count = sys.argv[1], int(sys.argv[2])
bundled = [open(path, "rb").read() for path in sorted(glob.glob("Cases/**/*.yaml", recursive=True))]
for i in range(count):
    folder = os.path.join(target, f"sub{i % 11}") if i % 3 == 0 else target
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "n" * (i % 200) + f"-{i}.yaml"), "wb") as handle:
        handle.write(bundled[i % len(bundled)])
malformed = os.path.join(target, "malformed")
os.makedirs(malformed)
for path in glob.glob("Tests/CLITests/Malformed/cases/*.yaml"):
    if os.path.isfile(path) and not os.path.islink(path) and os.path.getsize(path) < 64 * 1024:
        shutil.copy(path, malformed)
PY
mkfifo "$work/cases/fifo.yaml"
ln -s "$work/cases" "$work/cases/loop"
total=$(find "$work/cases" -name '*.yaml' | wc -l)

export ASAN_OPTIONS=halt_on_error=1:detect_leaks=0:exitcode=86
start=$(date +%s)
for ((run = 1; run <= runs; run++)); do
    for mode in stdout file; do
        log="$work/asan-$run-$mode.log"
        status=0
        if [ "$mode" = stdout ]; then
            "$binary" score --quiet --format csv --jobs 2 "$work/cases" > "$work/out.csv" 2> "$log" || status=$?
            rows=$(( $(wc -l < "$work/out.csv") - 1 ))
        else
            "$binary" score --quiet --format jsonl --jobs 1 --output "$work/out.jsonl" "$work/cases" > /dev/null 2> "$log" || status=$?
            rows=$(wc -l < "$work/out.jsonl")
        fi
        # 2 is expected: the malformed cases and the FIFO are error rows. Anything else, or an
        # ASan report, fails.
        if [ "$status" -gt 2 ] || grep -q "AddressSanitizer" "$log"; then
            echo "asan-batch: run $run ($mode) exited $status" >&2
            cat "$log" >&2
            exit 1
        fi
        if [ "$rows" -ne "$total" ]; then
            echo "asan-batch: run $run ($mode): $rows rows for $total files" >&2
            exit 1
        fi
    done
done
echo "asan-batch: $runs run(s) x 2 over $total files, no ASan report ($(( $(date +%s) - start ))s)"
