#!/usr/bin/env bash
# Builds a libFuzzer target into .build-fuzz/fuzz/ and runs it.
#
#   scripts/fuzz.sh TARGET [SECONDS] [extra libFuzzer flags...]
#
# TARGET is one of:
#   yaml        YAMLReader.parse on raw bytes
#   expression  a rule's `violation:` expression (and message template) in a mini rule set,
#               loaded with LawLoader.load, then evaluated against fixed cases
#   case        a case file loaded against a snapshot of Rules/kz, assessed and rendered
#   ruleset     a snapshot of Rules/kz with one file (base or amendment) replaced by the input,
#               loaded with LawLoader.load, then a bundled case assessed and rendered with it
#
# Seeds: Rules/kz/*.yaml and Cases/**/*.yaml (yaml, case); each rule file behind its index
# and a case number (ruleset); the expressions of the rule files
# (expression). The corpus grows in .build-fuzz/fuzz/TARGET/corpus; crashes, hangs (-timeout)
# and out-of-memory inputs are written to .build-fuzz/fuzz/TARGET/artifacts/.
# Set FUZZ_JOBS=N to run N workers in parallel. Needs swiftc with -sanitize=fuzzer (Linux).
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: scripts/fuzz.sh yaml|expression|case|ruleset [SECONDS] [libFuzzer flags...]}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
case "$target" in yaml|expression|case|ruleset) ;; *) echo "unknown target: $target" >&2; exit 64 ;; esac

out=.build-fuzz/fuzz
work=$out/$target
mkdir -p "$work/modules" "$work/corpus" "$work/artifacts" "$work/seeds"

flags=(-sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -g -enable-testing
       -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault
       -I Sources/CLibYAML -I "$work/modules")

newer() {  # true if $1 is missing or older than any of the remaining files
    local product=$1; shift
    [ ! -e "$product" ] && return 0
    for f in "$@"; do [ "$f" -nt "$product" ] && return 0; done
    return 1
}

# 1. YAMLSource and CivicLex as static libraries, instrumented for coverage and ASan, built
#    from a snapshot of Sources/ (mtimes kept) so edits in progress cannot break the build.
#    Per target, so two targets can be built and run at the same time.
rm -rf "$work/src"; mkdir -p "$work/src"
cp -rp Sources/YAMLSource Sources/CivicLex "$work/src/"
yaml_sources=("$work"/src/YAMLSource/*.swift)
if newer "$work/modules/libYAMLSource.a" "${yaml_sources[@]}"; then
    echo "building YAMLSource" >&2
    swiftc "${flags[@]}" -module-name YAMLSource -emit-library -static -emit-module \
        -emit-module-path "$work/modules/YAMLSource.swiftmodule" -o "$work/modules/libYAMLSource.a" "${yaml_sources[@]}" \
        || { rm -f "$work/modules/libYAMLSource.a"; exit 1; }
fi
civiclex_sources=($(find "$work/src/CivicLex" -name '*.swift' | sort))
if [ "$target" != yaml ] && newer "$work/modules/libCivicLex.a" "${civiclex_sources[@]}" "$work/modules/libYAMLSource.a"; then
    echo "building CivicLex" >&2
    swiftc "${flags[@]}" -module-name CivicLex -emit-library -static -emit-module \
        -emit-module-path "$work/modules/CivicLex.swiftmodule" -o "$work/modules/libCivicLex.a" "${civiclex_sources[@]}" \
        || { rm -f "$work/modules/libCivicLex.a"; exit 1; }
fi

# 2. The fuzz target itself.
binary=$out/fuzz-$target
libs=("$work/modules/libYAMLSource.a")
[ "$target" != yaml ] && libs=("$work/modules/libCivicLex.a" "${libs[@]}")
if newer "$binary" "fuzz/$target/main.swift" "${libs[@]}"; then
    echo "building fuzz-$target" >&2
    swiftc "${flags[@]}" -module-name "Fuzz_$target" "fuzz/$target/main.swift" "${libs[@]}" -lyaml -o "$binary" \
        2> >(grep -v "Cannot export local symbol" >&2) || { rm -f "$binary"; exit 1; }
fi

# 3. Seeds.
rm -rf "$work/seeds"; mkdir -p "$work/seeds"
case "$target" in
    yaml|case)
        for f in Rules/kz/*.yaml Rules/kz/amendments/*.yaml; do cp "$f" "$work/seeds/rules-$(basename "$f")"; done
        find Cases -name '*.yaml' | while read -r f; do cp "$f" "$work/seeds/case-$(echo "$f" | tr / _)"; done
        if [ -d Tests/CLITests/Malformed/cases ]; then
            find Tests/CLITests/Malformed/cases -maxdepth 1 -type f -name '*.yaml' -size -64k |
                while read -r f; do cp "$f" "$work/seeds/malformed-$(basename "$f")"; done
        fi
        ;;
    ruleset)
        # Byte 0: the file's index in the order the target lists them (base files, then
        # amendments, each by name; top bit: apply the proposals); byte 1: a case number.
        python3 - "$work/seeds" <<'PY'
import glob, os, sys
files = sorted(glob.glob("Rules/kz/*.yaml")) + sorted(glob.glob("Rules/kz/amendments/*.yaml"))
for index, path in enumerate(files):
    body = open(path, "rb").read()
    for case in (0, 7, 23, 41):
        flags = 0x80 if "proposal-" in path else 0
        with open(os.path.join(sys.argv[1], f"{index:02d}-{case:03d}-{os.path.basename(path)}"), "wb") as handle:
            handle.write(bytes([index | flags, case]) + body)
PY
        ;;
    expression)
        # One seed per expression: single-line `violation:`/`applies:`/`at:` values and the
        # folded (>-) ones joined into one line; plus the {…} pieces of messages and remedies.
        python3 - "$work/seeds" <<'PY'
import glob, hashlib, os, re, sys
seeds = set()
for path in glob.glob("Rules/kz/*.yaml") + glob.glob("Rules/kz/amendments/*.yaml"):
    lines = open(path, encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)(violation|applies|at|score|value_if|when):\s*(.*)$", line)
        if m:
            value = m.group(3).strip()
            if value in (">-", ">", "|", "|-"):
                indent, body = None, []
                for next_line in lines[i + 1:]:
                    if not next_line.strip():
                        break
                    width = len(next_line) - len(next_line.lstrip())
                    if width <= len(m.group(1)):
                        break
                    body.append(next_line.strip())
                value = " ".join(body)
            value = value.strip('"') if value.startswith('"') and value.endswith('"') else value
            if value:
                seeds.add(value)
        for piece in re.findall(r"\{([^{}\n]+)\}", line):
            if "(" in piece or "." in piece:
                seeds.add(piece)
for seed in seeds:
    name = hashlib.sha1(seed.encode()).hexdigest()[:16]
    with open(os.path.join(sys.argv[1], name), "w", encoding="utf-8") as handle:
        handle.write(seed)
print(f"{len(seeds)} expression seeds", file=sys.stderr)
PY
        ;;
esac

# The case and ruleset targets read a snapshot of the rules (and cases), so edits in
# progress cannot break a run.
if [ "$target" = case ] || [ "$target" = ruleset ]; then
    rm -rf "$work/rules"; mkdir -p "$work/rules"; cp Rules/kz/*.yaml "$work/rules/"
    [ -d Rules/kz/amendments ] && cp -r Rules/kz/amendments "$work/rules/"
    export CIVICLEX_FUZZ_RULES=$PWD/$work/rules
fi
if [ "$target" = ruleset ]; then
    rm -rf "$work/cases"; cp -r Cases "$work/cases"
    export CIVICLEX_FUZZ_CASES=$PWD/$work/cases
fi

dict=()
[ -f "fuzz/$target.dict" ] && dict=(-dict="fuzz/$target.dict")
jobs=()
[ -n "${FUZZ_JOBS:-}" ] && jobs=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
echo "running fuzz-$target for ${seconds}s" >&2
exec "$binary" "$work/corpus" "$work/seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -max_len=65536 -artifact_prefix="$work/artifacts/" -print_final_stats=1 "${dict[@]}" "${jobs[@]}" "$@"
