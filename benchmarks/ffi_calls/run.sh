#!/usr/bin/env bash
# ===- benchmarks/ffi_calls/run.sh - the cost of watching foreign calls -----===
#
# Builds library.c plainly (-O2, no sanitizer: the foreign code) and
# program.c four ways (plain, ASan, memscope, memscope without the pass's
# foreign-call watching: -mllvm -memscope-foreign-calls=0), runs them
# alternately N rounds, and prints median wall times and ratios.
#
#   benchmarks/ffi_calls/run.sh [--build DIR] [--runs N]
# ===-----------------------------------------------------------------------===
set -euo pipefail
export LC_ALL=C
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=benchmarks/args.sh
source "$here/../args.sh"
bench_args 5 "$@"
out=$build/benchmarks/ffi_calls
mkdir -p "$out"
unset ASAN_OPTIONS LSAN_OPTIONS MEMSCOPE_OPTIONS

clang-22 -O2 -fPIC -shared "$here/library.c" -o "$out/libffi_bench.so"
link=("$out/libffi_bench.so" "-Wl,-rpath,$out")
clang-22 -O2 -g "$here/program.c" "${link[@]}" -o "$out/program.plain"
clang-22 -O2 -g -fsanitize=address "$here/program.c" "${link[@]}" -o "$out/program.asan"
"$build/bin/memscope-clang" -O2 -g -fsanitize=memscope "$here/program.c" "${link[@]}" -o "$out/program.memscope"
"$build/bin/memscope-clang" -O2 -g -fsanitize=memscope -mllvm -memscope-foreign-calls=0 \
  "$here/program.c" "${link[@]}" -o "$out/program.unwatched"

configs=(plain asan memscope unwatched)
declare -A times
for ((r = 0; r < runs; ++r)); do
  for c in "${configs[@]}"; do
    start=$EPOCHREALTIME
    "$out/program.$c" >/dev/null
    end=$EPOCHREALTIME
    times[$c]+="$(echo "$end - $start" | bc) "
  done
done
median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A med
for c in "${configs[@]}"; do med[$c]=$(echo "${times[$c]}" | median); done
printf '%-10s %8s %9s %9s\n' config wall_s /plain /asan
for c in "${configs[@]}"; do
  printf '%-10s %8.3f %8.2fx %8.2fx\n' "$c" "${med[$c]}" \
    "$(echo "${med[$c]} / ${med[plain]}" | bc -l)" "$(echo "${med[$c]} / ${med[asan]}" | bc -l)"
done
