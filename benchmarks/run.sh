#!/usr/bin/env bash
# ===- benchmarks/run.sh - memscope overhead against plain and ASan builds --===
#
# Builds every benchmark program in this folder three ways at -O2 -g (plain
# clang++-22, clang++-22 -fsanitize=address, memscope-clang++
# -fsanitize=memscope), runs them alternately for N rounds so machine noise
# hits every build alike, and prints one table of median wall time and max
# RSS with the ratios memscope/plain and memscope/ASan, then one summary line
# per program. The ASan binary runs twice per round: with its defaults (the
# primary comparison) and with ASAN_OPTIONS=detect_leaks=0. The memscope
# binary runs three times per round: with its defaults (checks, passports,
# the leak check at exit, ownership tracking; no trace), recorded (ms-rec:
# trace=1, what `memscope record` does) and with MEMSCOPE_OPTIONS=
# detect_leaks=0 (ms-chk: checks and ownership tracking), which prices what
# the recording and the leak check cost.
# A fourth build leaves out ownership instrumentation (-mllvm
# -memscope-instrument-{ownership,borrows,alloc-types}=0) and runs with the
# same options (ms-nown: checking only), which prices ownership tracking;
# a fifth is the heap-only build (-fsanitize=memscope-heap: no redzones
# around locals and globals) with its defaults (ms-heap), which prices
# the stack and global checks.
# Two more compare the leak-only builds: clang's -fsanitize=leak (lsan) and
# -fsanitize=memscope-leak with its defaults, leak monitor on (ms-leak).
# Each run's trace goes to the output directory and is deleted after the
# run.
#
#   benchmarks/run.sh [--build DIR] [--runs N]
#
# DIR is the memscope build directory (default: build/ in the repository);
# binaries and outputs go to DIR/benchmarks. N defaults to 7.
#
# Ratios are printed, never asserted. Exit status is non-zero only when a
# build or a run fails, or a program's output differs between builds.
#
# See also: benchmarks/README.md, utils/memscope-clang.in (the driver).
# ===-----------------------------------------------------------------------===
set -uo pipefail
export LC_ALL=C # '.' as decimal point in EPOCHREALTIME, printf and sort

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=benchmarks/args.sh
source "$repo/benchmarks/args.sh"
bench_args 7 "$@"

cxx=clang++-22
cc=clang-22
ms_cxx=$build/bin/memscope-clang++
ms_cc=$build/bin/memscope-clang
for tool in "$cxx" "$cc" "$ms_cxx" "$ms_cc"; do
  command -v "$tool" >/dev/null || { echo "run.sh: '$tool' not found (build memscope first)" >&2; exit 1; }
done

# Max RSS needs GNU time (Debian package `time`); without it only wall time is
# measured and the RSS columns say n/a.
gnu_time=/usr/bin/time
if ! "$gnu_time" -f %M -o /dev/null true 2>/dev/null; then
  gnu_time=
  echo "run.sh: /usr/bin/time (apt package 'time') missing: max RSS not measured" >&2
fi

# Every run sees the tools' defaults, whatever the caller's environment holds.
unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS MEMSCOPE_OPTIONS

out=$build/benchmarks
mkdir -p "$out"
programs=()
for src in "$repo"/benchmarks/*.cpp "$repo"/benchmarks/*.c; do
  [[ -e $src ]] && programs+=("$src")
done

# --- build ---------------------------------------------------------------------
# builds: plain, asan, memscope. The asan-nl configuration reuses the asan binary.
build_one() { # src kind -> $out/<name>.<kind>
  local src=$1 kind=$2 name compiler flags=(-O2 -g)
  name=$(basename "${src%.*}")
  local is_c=0
  [[ $src == *.c ]] && is_c=1
  case $kind in
  plain) compiler=$cxx; ((is_c)) && compiler=$cc ;;
  asan) compiler=$cxx; ((is_c)) && compiler=$cc; flags+=(-fsanitize=address) ;;
  memscope) compiler=$ms_cxx; ((is_c)) && compiler=$ms_cc; flags+=(-fsanitize=memscope) ;;
  lsan) compiler=$cxx; ((is_c)) && compiler=$cc; flags+=(-fsanitize=leak) ;;
  memscope-leak) compiler=$ms_cxx; ((is_c)) && compiler=$ms_cc; flags+=(-fsanitize=memscope-leak) ;;
  memscope-heap) compiler=$ms_cxx; ((is_c)) && compiler=$ms_cc; flags+=(-fsanitize=memscope-heap) ;;
  memscope-nown)
    compiler=$ms_cxx; ((is_c)) && compiler=$ms_cc
    flags+=(-fsanitize=memscope -mllvm -memscope-instrument-ownership=0
      -mllvm -memscope-instrument-borrows=0
      -mllvm -memscope-instrument-alloc-types=0) ;;
  esac
  if ! "$compiler" "${flags[@]}" "$src" -o "$out/$name.$kind" >"$out/$name.$kind.build.log" 2>&1; then
    echo "run.sh: build failed: $compiler ${flags[*]} $src" >&2
    cat "$out/$name.$kind.build.log" >&2
    return 1
  fi
}

echo "building ${#programs[@]} programs x 7 builds into $out" >&2
for src in "${programs[@]}"; do
  for kind in plain asan memscope memscope-nown memscope-heap lsan memscope-leak; do
    build_one "$src" "$kind" || exit 1
  done
done

# --- run -----------------------------------------------------------------------
configs=(plain asan asan-nl memscope ms-rec ms-chk ms-nown ms-heap lsan ms-leak)
declare -A secs rss failed
failures=0

run_one() { # name config round
  local name=$1 config=$2 round=$3 binary envs=()
  case $config in
  plain) binary=$out/$name.plain ;;
  asan) binary=$out/$name.asan ;;
  asan-nl) binary=$out/$name.asan; envs=(ASAN_OPTIONS=detect_leaks=0) ;;
  memscope) binary=$out/$name.memscope ;;
  ms-rec) binary=$out/$name.memscope ;;
  ms-chk) binary=$out/$name.memscope; envs=(MEMSCOPE_OPTIONS=detect_leaks=0) ;;
  ms-nown) binary=$out/$name.memscope-nown; envs=(MEMSCOPE_OPTIONS=detect_leaks=0) ;;
  ms-heap) binary=$out/$name.memscope-heap ;;
  lsan) binary=$out/$name.lsan ;;
  ms-leak) binary=$out/$name.memscope-leak ;;
  esac
  local stem=$out/$name.$config.$round
  [[ $config == ms-rec ]] && envs=("MEMSCOPE_OPTIONS=trace=1:trace_path=$stem.trace")
  local timer=()
  [[ -n $gnu_time ]] && timer=("$gnu_time" -f %M -o "$stem.rss")
  local start=${EPOCHREALTIME/./} status
  env "${envs[@]}" "${timer[@]}" "$binary" >"$stem.out" 2>"$stem.err"
  status=$?
  local end=${EPOCHREALTIME/./}
  # The first recorded round's trace is kept for the sizes below.
  if [[ $config == ms-rec && $round == 1 && -e $stem.trace ]]; then
    mv "$stem.trace" "$out/$name.rec.trace"
  fi
  rm -f "$stem.trace"
  if ((status != 0)); then
    echo "run.sh: $name ($config) exited with status $status; stderr:" >&2
    head -40 "$stem.err" >&2
    return 1
  fi
  if ! cmp -s "$stem.out" "$out/$name.plain.1.out"; then
    echo "run.sh: $name ($config) output differs from the plain build:" >&2
    diff "$out/$name.plain.1.out" "$stem.out" >&2
    return 1
  fi
  secs[$name,$config]+=" $(awk -v us=$((end - start)) 'BEGIN { printf "%.4f", us / 1e6 }')"
  [[ -n $gnu_time ]] && rss[$name,$config]+=" $(tail -1 "$stem.rss")"
  return 0
}

names=()
for src in "${programs[@]}"; do names+=("$(basename "${src%.*}")"); done

for ((round = 1; round <= runs; round++)); do
  echo "round $round/$runs" >&2
  for name in "${names[@]}"; do
    [[ -n ${failed[$name]:-} ]] && continue
    for config in "${configs[@]}"; do
      if ! run_one "$name" "$config" "$round"; then
        failed[$name]=$config
        failures=$((failures + 1))
        break
      fi
    done
  done
done

# --- report --------------------------------------------------------------------
median() { # values... -> median, or "-" when there are none
  printf '%s\n' "$@" | awk 'NF' | sort -g | awk '
    { v[NR] = $1 }
    END {
      if (NR == 0) { print "-"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      print m
    }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
secs_fmt() { awk -v s="$1" 'BEGIN { if (s == "-") print "-"; else printf "%.3f", s }'; }
mib_fmt() { awk -v k="$1" 'BEGIN { if (k == "-") print "n/a"; else printf "%.1f", k / 1024 }'; }

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
rev=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$repo" diff --quiet HEAD -- runtime pass include 2>/dev/null || rev+="+dirty"
echo
echo "memscope benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores${cpu:+ ($cpu)}"
echo "memscope $rev, $($cxx --version | head -1), -O2 -g, median of $runs alternating runs"
echo "asan = default ASAN_OPTIONS (leak check at exit on); asan-nl = ASAN_OPTIONS=detect_leaks=0"
echo "memscope = defaults (checks, passports, leak check at exit, ownership; no trace); ms-rec = the same, recorded (trace=1); ms-chk = checks + ownership (detect_leaks=0); ms-nown = checking only (built with -mllvm -memscope-instrument-{ownership,borrows,alloc-types}=0, detect_leaks=0); ms-heap = -fsanitize=memscope-heap (no stack and global redzones), defaults"
echo "lsan = clang -fsanitize=leak (defaults); ms-leak = -fsanitize=memscope-leak (defaults: leak check at exit, ownership, leak monitor on)"
echo
row() { # one format for the header and the rows
  printf '%-12s %8s %8s %8s %8s | %7s %7s %7s | %8s %8s %8s | %7s %7s\n' "$@"
}
row program plain asan asan-nl memscope "ms/pln" "ms/asan" "ms/a-nl" \
  "RSSplain" "RSSasan" "RSSms" "ms/pln" "ms/asan"
row "" "s" "s" "s" "s" "time" "time" "time" "MiB" "MiB" "MiB" "RSS" "RSS"
summary=()
for name in "${names[@]}"; do
  declare -A t=() m=()
  for config in "${configs[@]}"; do
    # shellcheck disable=SC2086 # the lists are space-separated numbers
    t[$config]=$(median ${secs[$name,$config]:-})
    # shellcheck disable=SC2086
    m[$config]=$(median ${rss[$name,$config]:-})
  done
  vs_asan=$(ratio "${t[memscope]}" "${t[asan]}")
  row "$name" "$(secs_fmt "${t[plain]}")" "$(secs_fmt "${t[asan]}")" \
    "$(secs_fmt "${t[asan-nl]}")" "$(secs_fmt "${t[memscope]}")" \
    "$(ratio "${t[memscope]}" "${t[plain]}")" "$vs_asan" \
    "$(ratio "${t[memscope]}" "${t[asan-nl]}")" \
    "$(mib_fmt "${m[plain]}")" "$(mib_fmt "${m[asan]}")" "$(mib_fmt "${m[memscope]}")" \
    "$(ratio "${m[memscope]}" "${m[plain]}")" "$(ratio "${m[memscope]}" "${m[asan]}")"
  if [[ -n ${failed[$name]:-} ]]; then
    summary+=("$name: FAILED in the ${failed[$name]} build (see above); timings incomplete")
  else
    summary+=("$name: memscope $(ratio "${t[memscope]}" "${t[plain]}")x plain, ${vs_asan}x ASan ($(ratio "${t[memscope]}" "${t[asan-nl]}")x ASan without leak check); recorded $(ratio "${t[ms-rec]}" "${t[memscope]}")x unrecorded ($(secs_fmt "${t[ms-rec]}") s, $(ratio "${t[ms-rec]}" "${t[asan]}")x ASan); leak check $(ratio "${t[memscope]}" "${t[ms-chk]}")x checks+ownership ($(secs_fmt "${t[ms-chk]}") s); ownership tracking $(ratio "${t[ms-chk]}" "${t[ms-nown]}")x checking only ($(secs_fmt "${t[ms-nown]}") s); heap-only $(ratio "${t[ms-heap]}" "${t[asan]}")x ASan ($(secs_fmt "${t[ms-heap]}") s, stack and global checks cost $(ratio "${t[memscope]}" "${t[ms-heap]}")x); leak-only $(ratio "${t[ms-leak]}" "${t[plain]}")x plain, $(ratio "${t[ms-leak]}" "${t[lsan]}")x LSan ($(secs_fmt "${t[ms-leak]}") s; LSan $(ratio "${t[lsan]}" "${t[plain]}")x plain)")
  fi
  unset t m
done
echo
printf '%s\n' "${summary[@]}"

# --- trace sizes -------------------------------------------------------------
# The recorded trace of each program against heaptrack's file of the same
# (plain) program, and what it costs per passport event. Needs heaptrack.
echo
if command -v heaptrack >/dev/null; then
  printf '%-12s %12s %12s %8s %12s %10s\n' program "memscope B" "heaptrack B" "ms/ht" "events" "B/event"
  for name in "${names[@]}"; do
    trace=$out/$name.rec.trace
    [[ -e $trace ]] || continue
    rm -f "$out/$name.heaptrack".*
    heaptrack -o "$out/$name.heaptrack" "$out/$name.plain" >/dev/null 2>&1
    ht=$(ls "$out/$name.heaptrack".* 2>/dev/null | head -1)
    ms_bytes=$(stat -c %s "$trace")
    ht_bytes=$([[ -n $ht ]] && stat -c %s "$ht" || echo -)
    events=$("$build/bin/memscope" report --json "$trace" 2>/dev/null |
      sed -n 's/.*"passport_events": \([0-9]*\).*/\1/p' | head -1)
    printf '%-12s %12s %12s %8s %12s %10s\n' "$name" "$ms_bytes" "$ht_bytes" \
      "$(ratio "$ms_bytes" "$ht_bytes")" "${events:--}" "$(ratio "$ms_bytes" "${events:--}")"
    rm -f "$trace" "$ht"
  done
  echo "memscope B: the trace of the first recorded run (format 3, zstd); heaptrack B: heaptrack's file of the plain build"
else
  echo "heaptrack not installed: trace sizes not compared"
fi

((failures == 0))
