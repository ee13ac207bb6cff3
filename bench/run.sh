#!/usr/bin/env bash
# Benchmark entry point (see bench/run.py --help): bash bench/run.sh [--cases N] [--large N]
exec python3 "$(dirname "$0")/run.py" "$@"
