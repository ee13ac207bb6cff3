#!/usr/bin/env python3
"""CivicLex benchmark: batch scoring against the YAML parsing limit.

Generates synthetic cases (fixed seed), then measures in one run:
  (a) the raw libyaml event parse of the same files (bench/yaml_events.c, the limit);
  (b) `civiclex score` on one core; (c) on all cores;
  (a)-(c) again on copies of the bundled cases (`Cases/`, cycled to the same count);
  (d) peak RSS of `civiclex score` for a small and a large batch;
  plus rule-set load time, `compare` cost relative to `score`, and `timeline --law` time.
Prints the ratios (b)/(a) and (b)/(c), and compares with a saved baseline.

Usage: bench/run.py [--cases N] [--large N] [--huge N] [--repeat R] [--save-baseline] [--baseline FILE]
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")


def run(command, stdin_path=None, check=True):
    stdin = open(stdin_path) if stdin_path else subprocess.DEVNULL
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if check and result.returncode not in (0, 1):
        sys.exit(f"command failed ({result.returncode}): {' '.join(command)}\n{result.stderr.decode()[-2000:]}")
    return elapsed, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def best(command, repeat, stdin_path=None):
    return min(run(command, stdin_path)[0] for _ in range(repeat))


def peak_rss_kb(command, stdin_path):
    """Peak resident set size of one child process: its VmHWM, read until it exits.

    Not wait4's ru_maxrss, which on Linux also carries the high-water mark of the process image
    that exec replaced (measured: 30.8 MB reported for a run whose own VmHWM was 25.2 MB, after
    this script had written the million-line list). Memory is flat after the first cases, so
    the last reading before exit is the peak. Without /proc, falls back to ru_maxrss."""
    stdin = open(stdin_path)
    process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    if not os.path.exists(f"/proc/{process.pid}/status"):
        _, _, usage = os.wait4(process.pid, 0)
        return usage.ru_maxrss
    peak = 0
    while process.poll() is None:
        try:
            with open(f"/proc/{process.pid}/status") as status:
                peak = max([peak] + [int(line.split()[1]) for line in status if line.startswith("VmHWM:")])
        except (OSError, ValueError):
            pass
        time.sleep(0.02)
    return peak


def generate(count):
    folder = os.path.join(OUT, f"cases-{count}")
    listing = os.path.join(folder, "list.txt")
    if not os.path.exists(listing):
        print(f"generating {count} cases in {folder} ...", flush=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), str(count), folder], check=True)
    return folder, listing


def bundled_copies(count):
    """Copies of the bundled cases, cycled to `count` files, so the ratio is also measured on real cases."""
    folder = os.path.join(OUT, f"bundled-{count}")
    listing = os.path.join(folder, "list.txt")
    if not os.path.exists(listing):
        print(f"copying bundled cases to {count} files in {folder} ...", flush=True)
        sources = sorted(os.path.join(d, f) for d, _, files in os.walk(os.path.join(ROOT, "Cases")) for f in files if f.endswith(".yaml"))
        paths = []
        for index in range(count):
            sub = os.path.join(folder, f"{index // 1000:04d}")
            os.makedirs(sub, exist_ok=True)
            path = os.path.join(sub, f"{index:07d}-" + os.path.basename(sources[index % len(sources)]))
            with open(sources[index % len(sources)], "rb") as source, open(path, "wb") as copy:
                copy.write(source.read())
            paths.append(path)
        with open(listing, "w") as listing_file:
            listing_file.write("\n".join(paths) + "\n")
    return folder, listing


def interleaved(parser_binary, score, listing, cores, repeat):
    """Interleaved rounds, so that a slow spell on a shared machine hits all three alike."""
    rounds = []
    for _ in range(repeat):
        rounds.append((run([parser_binary, "@" + listing])[0],
                       run(score[:2] + ["--jobs", "1"] + score[2:], listing)[0],
                       run(score[:2] + ["--jobs", str(cores)] + score[2:], listing)[0]))
    return rounds


def summarise(figures, prefix, rounds):
    """Best time of each measure; ratio and speed-up as the median of the rounds' own ratios."""
    figures[prefix + "raw_parse_s"] = min(r[0] for r in rounds)
    figures[prefix + "score_1core_s"] = min(r[1] for r in rounds)
    figures[prefix + "score_all_cores_s"] = min(r[2] for r in rounds)
    figures[prefix + "speedup_median"] = sorted(r[1] / r[2] for r in rounds)[len(rounds) // 2]
    figures[prefix + "parse_ratio_median"] = sorted(r[1] / r[0] for r in rounds)[len(rounds) // 2]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000, help="cases for the timing runs (default 10000)")
    parser.add_argument("--small", type=int, default=1_000, help="small batch for peak RSS (default 1000)")
    parser.add_argument("--large", type=int, default=100_000, help="large batch for peak RSS (default 100000)")
    parser.add_argument("--huge", type=int, default=0,
                        help="also measure peak RSS at this many cases, cycling the large batch's files (e.g. 1000000)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of timing runs; best and median are shown (default 5)")
    parser.add_argument("--baseline", default=os.path.join(ROOT, "bench", "baseline.json"))
    parser.add_argument("--save-baseline", action="store_true", help="write these figures as the new baseline")
    args = parser.parse_args()

    os.makedirs(OUT, exist_ok=True)
    print("building (release) ...", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "-q"], cwd=ROOT, check=True)
    binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip() + "/civiclex"
    parser_binary = os.path.join(OUT, "yaml_events")
    subprocess.run(["cc", "-O2", "-o", parser_binary, os.path.join(ROOT, "bench", "yaml_events.c"), "-lyaml"], check=True)

    _, listing = generate(args.cases)
    size = sum(os.path.getsize(line.strip()) for line in open(listing))
    cores = os.cpu_count() or 1
    figures = {"cases": args.cases, "bytes": size, "cores": cores}

    score = [binary, "score", "--quiet", "--format", "csv", "-"]
    # The speed-up and ratio are the median of each round's ratio, the times the best of the rounds.
    summarise(figures, "", interleaved(parser_binary, score, listing, cores, args.repeat))
    _, bundled_listing = bundled_copies(args.cases)
    summarise(figures, "bundled_", interleaved(parser_binary, score, bundled_listing, cores, args.repeat))
    compare = [binary, "compare", "--format", "csv", "--with", "Rules/kz/amendments/proposal-notification-only-assemblies.yaml"]
    _, listing_dir = os.path.split(listing)
    figures["compare_all_cores_s"] = best(compare + [os.path.dirname(listing)], args.repeat)
    figures["rules_load_s"] = best([binary, "check"], max(args.repeat, 5))
    figures["timeline_law_s"] = best([binary, "timeline", "--law"], max(args.repeat, 3))

    for count, key in ((args.small, "rss_small_mb"), (args.large, "rss_large_mb")):
        _, batch = generate(count)
        figures[key] = peak_rss_kb(score[:2] + ["--jobs", str(cores)] + score[2:], batch) / 1024
        figures[key.replace("_mb", "_cases")] = count
    if args.huge:
        _, batch = generate(args.large)
        paths = open(batch).read().splitlines()
        huge_listing = os.path.join(OUT, f"list-{args.huge}.txt")
        with open(huge_listing, "w") as listing_file:
            for index in range(args.huge):
                listing_file.write(paths[index % len(paths)] + "\n")
        print(f"scoring {args.huge} cases for peak RSS ...", flush=True)
        figures["rss_huge_mb"] = peak_rss_kb(score[:2] + ["--jobs", str(cores)] + score[2:], huge_listing) / 1024
        figures["rss_huge_cases"] = args.huge

    ratio_parse = figures["score_1core_s"] / figures["raw_parse_s"]
    speedup = figures["score_1core_s"] / figures["score_all_cores_s"]
    compare_ratio = figures["compare_all_cores_s"] / figures["score_all_cores_s"]
    mb = size / 1e6
    print()
    print(f"cases {args.cases}, {mb:.1f} MB of YAML, {cores} cores")
    print(f"(a) raw libyaml event parse      {figures['raw_parse_s']:8.3f} s  {mb / figures['raw_parse_s']:6.1f} MB/s")
    print(f"(b) civiclex score, 1 core        {figures['score_1core_s']:8.3f} s  {args.cases / figures['score_1core_s']:8.0f} cases/s")
    print(f"(c) civiclex score, {cores} cores       {figures['score_all_cores_s']:8.3f} s  {args.cases / figures['score_all_cores_s']:8.0f} cases/s")
    print(f"bundled-case copies: (a) {figures['bundled_raw_parse_s']:.3f} s  (b) {figures['bundled_score_1core_s']:.3f} s"
          f"  (c) {figures['bundled_score_all_cores_s']:.3f} s")
    print(f"(d) peak RSS, {figures['rss_small_cases']} cases         {figures['rss_small_mb']:8.1f} MB")
    print(f"    peak RSS, {figures['rss_large_cases']} cases       {figures['rss_large_mb']:8.1f} MB")
    if args.huge:
        print(f"    peak RSS, {figures['rss_huge_cases']} cases      {figures['rss_huge_mb']:8.1f} MB  (files of the large batch, cycled)")
    print(f"    rule set load + check (process) {figures['rules_load_s'] * 1000:6.1f} ms")
    print(f"    compare --with, {cores} cores      {figures['compare_all_cores_s']:8.3f} s")
    print(f"    timeline --law                {figures['timeline_law_s']:8.3f} s")
    print()
    print(f"(b)/(a) scoring vs raw parse     {ratio_parse:6.2f}x   target <= 1.5x   (median of rounds {figures['parse_ratio_median']:.2f}x)")
    print(f"(b)/(c) speed-up on {cores} cores      {speedup:6.2f}x   target >= 1.8x   (median of rounds {figures['speedup_median']:.2f}x)")
    print(f"bundled copies: (b)/(a)          {figures['bundled_score_1core_s'] / figures['bundled_raw_parse_s']:6.2f}x   target <= 1.5x   (median of rounds {figures['bundled_parse_ratio_median']:.2f}x)")
    print(f"bundled copies: (b)/(c)          {figures['bundled_score_1core_s'] / figures['bundled_score_all_cores_s']:6.2f}x   target >= 1.8x   (median of rounds {figures['bundled_speedup_median']:.2f}x)")
    print(f"compare / score                   {compare_ratio:6.2f}x   target <= 2.2x")
    largest = figures.get("rss_huge_mb", figures["rss_large_mb"])
    print(f"RSS small -> largest              {figures['rss_small_mb']:.1f} -> {largest:.1f} MB   target < 64 MB, flat")

    if os.path.exists(args.baseline) and not args.save_baseline:
        baseline = json.load(open(args.baseline))
        print("\nagainst baseline", args.baseline)
        for key in ("raw_parse_s", "score_1core_s", "score_all_cores_s", "bundled_raw_parse_s", "bundled_score_1core_s", "compare_all_cores_s", "rules_load_s", "timeline_law_s", "rss_small_mb", "rss_large_mb", "rss_huge_mb"):
            if baseline.get(key) and key in figures:
                change = (figures[key] - baseline[key]) / baseline[key] * 100
                print(f"  {key:22} {baseline[key]:10.3f} -> {figures[key]:10.3f}  ({change:+.1f}%)")
    if args.save_baseline:
        json.dump(figures, open(args.baseline, "w"), indent=2)
        print("baseline saved to", args.baseline)


if __name__ == "__main__":
    main()
