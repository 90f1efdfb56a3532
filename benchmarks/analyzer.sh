#!/usr/bin/env bash
# ===- benchmarks/analyzer.sh - the analyzer against heaptrack_print ------===
#
# Records benchmarks/malloc_free.cpp twice, with heaptrack (plain build) and
# with memscope (-fsanitize=memscope, trace on), then prints side by side:
# trace bytes per event, `memscope report` and `memscope graph` wall time
# and peak RSS against `heaptrack_print` on the same program, the peak RSS
# of `memscope report` on runs of the same shape with ~1 M and ~10 M events
# (it must not grow with the events), and `memscope graph --all` of a
# synthetic trace with 1 M live objects in an ownership list. Ratios are
# printed, never asserted.
#
#   benchmarks/analyzer.sh [--build DIR] [--runs N]
#
# DIR is the memscope build directory (default: build/ in the repository);
# binaries, traces and outputs go to DIR/benchmarks/analyzer. Each timing
# is the median of N runs (default 3). Needs heaptrack, heaptrack_print and
# GNU time (/usr/bin/time).
#
# See also: benchmarks/README.md, utils/analyzer/README.md,
# docs/Analyzer.md ("Memory and time").
# ===-----------------------------------------------------------------------===
set -uo pipefail
export LC_ALL=C

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$repo/build
runs=3

usage() {
  sed -n 's/^#   //p' "${BASH_SOURCE[0]}" | head -1 >&2
  exit "${1:-2}"
}

while (($#)); do
  case $1 in
  --build) [[ $# -ge 2 ]] || usage; build=$2; shift 2 ;;
  --build=*) build=${1#*=}; shift ;;
  --runs) [[ $# -ge 2 ]] || usage; runs=$2; shift 2 ;;
  --runs=*) runs=${1#*=}; shift ;;
  -h | --help) usage 0 ;;
  *) echo "analyzer.sh: unknown argument '$1'" >&2; usage ;;
  esac
done

build=$(cd "$build" && pwd)
memscope=$build/bin/memscope
for tool in "$memscope" "$build/bin/memscope-clang++" /usr/bin/time heaptrack heaptrack_print; do
  command -v "$tool" > /dev/null || { echo "analyzer.sh: $tool is missing" >&2; exit 2; }
done
out=$build/benchmarks/analyzer
mkdir -p "$out"
cd "$out" || exit 2

say() { printf '%s\n' "$*" >&2; }

# build NAME OPERATIONS [memscope]
build_program() {
  local name=$1 ops=$2 compiler=clang++-22 flags=()
  if [[ ${3:-} == memscope ]]; then
    compiler=$build/bin/memscope-clang++
    flags=(-fsanitize=memscope)
  fi
  command -v "$compiler" > /dev/null || compiler=/usr/lib/llvm-22/bin/clang++
  "$compiler" "${flags[@]}" -O2 -g -DMALLOC_FREE_OPERATIONS="$ops" \
    "$repo/benchmarks/malloc_free.cpp" -o "$name" || exit 1
}

# measure LABEL COMMAND...: median wall seconds and max RSS (KiB) of N runs,
# printed as "SECONDS KIB".
measure() {
  local times=() rss=() i
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %M' -o time.txt "$@" > /dev/null 2> err.txt
    read -r t m < time.txt
    times+=("$t")
    rss+=("$m")
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(((runs + 1) / 2))p")" \
    "$(printf '%s\n' "${rss[@]}" | sort -g | sed -n "$(((runs + 1) / 2))p")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

say "building malloc_free (plain, memscope; 6 M, 300 k and 3 M operations)"
build_program mf.plain 6000000
build_program mf.memscope 6000000 memscope
build_program mf1.memscope 300000 memscope
build_program mf10.memscope 3000000 memscope

say "recording (heaptrack, memscope)"
rm -f mf.heaptrack.* mf.trace mf1.trace mf10.trace
heaptrack -o "$out/mf.heaptrack" ./mf.plain > heaptrack.log 2>&1 || { cat heaptrack.log >&2; exit 1; }
ht_file=$(ls mf.heaptrack.* | head -1)
MEMSCOPE_OPTIONS=trace_path=$out/mf.trace ./mf.memscope > /dev/null || exit 1
MEMSCOPE_OPTIONS=trace_path=$out/mf1.trace ./mf1.memscope > /dev/null || exit 1
MEMSCOPE_OPTIONS=trace_path=$out/mf10.trace ./mf10.memscope > /dev/null || exit 1

events() { "$memscope" report "$1" 2> /dev/null | sed -n 's/^  passport events: //p'; }
ht_allocs=$(sed -n 's/^[[:space:]]*allocations:[[:space:]]*//p' heaptrack.log | head -1)
ms_events=$(events mf.trace)
ms_bytes=$(stat -c %s mf.trace)
ht_bytes=$(stat -c %s "$ht_file")
# heaptrack records an allocation and a free per block.
ht_events=$((ht_allocs * 2))

say "timing ($runs runs each)"
read -r hp_t hp_m < <(measure heaptrack_print "$ht_file")
read -r rep_t rep_m < <(measure "$memscope" report mf.trace)
read -r json_t json_m < <(measure "$memscope" report --json mf.trace)
read -r graph_t graph_m < <(measure "$memscope" graph mf.trace)
read -r r1_t r1_m < <(measure "$memscope" report mf1.trace)
read -r r10_t r10_m < <(measure "$memscope" report mf10.trace)

say "a trace with 1 M live objects in an ownership list"
python3 "$repo/test/Analyzer/Inputs/make_trace.py" many many.trace \
  --objects 1000000 --freed 100000 || exit 1
read -r all_t all_m < <(measure "$memscope" graph --all many.trace -o many.json)
read -r dot_t dot_m < <(measure "$memscope" graph --all --format dot many.trace -o many.dot)
read -r sel_t sel_m < <(measure "$memscope" graph many.trace -o many-default.json)

printf '\n== Trace size: malloc_free, 6 M operations ==\n'
printf '%-28s %14s %12s %12s\n' "" "bytes" "events" "bytes/event"
printf '%-28s %14s %12s %12s\n' "heaptrack (zstd)" "$ht_bytes" "$ht_events" "$(ratio "$ht_bytes" "$ht_events")"
printf '%-28s %14s %12s %12s\n' "memscope ($("$memscope" report mf.trace 2> /dev/null | sed -n 's/.*trace format version \([0-9]*\).*/v\1/p'))" "$ms_bytes" "$ms_events" "$(ratio "$ms_bytes" "$ms_events")"

printf '\n== Analysis of the same run (median of %s) ==\n' "$runs"
printf '%-28s %8s %10s %10s %10s\n' "" "seconds" "RSS KiB" "time/hp" "RSS/hp"
row() { printf '%-28s %8s %10s %10s %10s\n' "$1" "$2" "$3" "$(ratio "$2" "$hp_t")" "$(ratio "$3" "$hp_m")"; }
row "heaptrack_print" "$hp_t" "$hp_m"
row "memscope report" "$rep_t" "$rep_m"
row "memscope report --json" "$json_t" "$json_m"
row "memscope graph" "$graph_t" "$graph_m"
printf '(targets: report time/hp <= 2, RSS/hp <= 4)\n'

printf '\n== Memory follows live state, not events ==\n'
printf '%-28s %12s %8s %10s\n' "" "events" "seconds" "RSS KiB"
printf '%-28s %12s %8s %10s\n' "memscope report, ~1 M" "$(events mf1.trace)" "$r1_t" "$r1_m"
printf '%-28s %12s %8s %10s\n' "memscope report, ~10 M" "$(events mf10.trace)" "$r10_t" "$r10_m"
printf 'RSS 10 M / 1 M: %s\n' "$(ratio "$r10_m" "$r1_m")"

printf '\n== memscope graph, 1 M live objects, 100 k freed ==\n'
printf '%-28s %8s %10s %12s\n' "" "seconds" "RSS KiB" "output bytes"
printf '%-28s %8s %10s %12s\n' "graph --all (JSON)" "$all_t" "$all_m" "$(stat -c %s many.json)"
printf '%-28s %8s %10s %12s\n' "graph --all --format dot" "$dot_t" "$dot_m" "$(stat -c %s many.dot)"
printf '%-28s %8s %10s %12s\n' "graph (default selection)" "$sel_t" "$sel_m" "$(stat -c %s many-default.json)"
printf '(target: graph --all <= 10 s)\n'
# The graphs of 1 M objects take a gigabyte of disk.
rm -f many.json many.dot
