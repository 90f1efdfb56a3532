#!/usr/bin/env bash
# ===- benchmarks/relations.sh - relation inference and retained sizes ------===
#
# Builds benchmarks/relations/relations.cpp (a heap of known shape that
# prints its own ground truth: blocks, owning links, smart-pointer links,
# shared links and bytes per structure; in its own directory so that
# run.sh, which builds every benchmarks/*.cpp, leaves it alone) with
# memscope and records it twice:
#
# - small scale: prints `memscope graph --evaluate` (each inferred kind's
#   precision against the exact edges, and their recall), `memscope graph
#   --top-retainers 5` (retained sizes from the dominator tree) and the
#   program's truth lines, to be read side by side: the entry block of each
#   structure should retain the structure's bytes=, and Owns/Shares should
#   match its smart= and shared= counts;
# - large scale (~1 M live blocks by default): the trace's size, then wall
#   time and max RSS of `memscope graph --evaluate`, `graph --top-retainers
#   10`, `graph --all --infer -o /dev/null` and `report`, in a table with
#   the seconds per million blocks of the heap snapshot; and the first two
#   commands' output.
#
#   benchmarks/relations.sh [--build DIR] [--scale-small N] [--scale-large N]
#
# DIR is the memscope build directory (default: build/ in the repository);
# the binary goes to DIR/benchmarks/relations, the traces to a temporary
# directory next to it that is removed at the end. N is relations' scale:
# about 32 N live blocks; defaults 1000 (32 k blocks) and 31000 (1 M).
# Max RSS needs GNU time (/usr/bin/time, Debian package `time`); without it
# the column says n/a and bash measures the time.
#
# Numbers are printed, never asserted. Exit status: 0 when everything ran,
# 1 when the build fails, a recording leaves no trace or no truth lines, or
# an analyzer command fails; 2 for a usage error. A leak report from the
# recorded program (which frees nothing, but keeps everything reachable
# from globals) is printed as a warning: it is a finding about memscope's
# leak checks, not a failed run.
#
# See also: benchmarks/relations/relations.cpp, benchmarks/analyzer.sh,
# utils/analyzer/Relations.h, utils/analyzer/Retainers.h, docs/Analyzer.md.
# ===-----------------------------------------------------------------------===
set -euo pipefail
export LC_ALL=C # '.' as decimal point in printf and awk

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$repo/build
small=1000
large=31000

usage() {
  sed -n 's/^#   //p' "${BASH_SOURCE[0]}" | head -1 >&2
  exit "${1:-2}"
}

while (($#)); do
  case $1 in
  --build) [[ $# -ge 2 ]] || usage; build=$2; shift 2 ;;
  --build=*) build=${1#*=}; shift ;;
  --scale-small) [[ $# -ge 2 ]] || usage; small=$2; shift 2 ;;
  --scale-small=*) small=${1#*=}; shift ;;
  --scale-large) [[ $# -ge 2 ]] || usage; large=$2; shift 2 ;;
  --scale-large=*) large=${1#*=}; shift ;;
  -h | --help) usage 0 ;;
  *) echo "relations.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
for scale in "$small" "$large"; do
  [[ $scale =~ ^[1-9][0-9]*$ && $scale -ge 2 ]] ||
    { echo "relations.sh: a scale must be an integer of at least 2, got '$scale'" >&2; exit 2; }
done
abs_build=$(cd "$build" 2>/dev/null && pwd) ||
  { echo "relations.sh: no build directory '$build'" >&2; exit 1; }
build=$abs_build

ms_cxx=$build/bin/memscope-clang++
memscope=$build/bin/memscope
for tool in "$ms_cxx" "$memscope"; do
  [[ -x $tool ]] || { echo "relations.sh: '$tool' not found (build memscope first)" >&2; exit 1; }
done
gnu_time=/usr/bin/time
if ! "$gnu_time" -f %M -o /dev/null true 2>/dev/null; then
  gnu_time=
  echo "relations.sh: /usr/bin/time (apt package 'time') missing: max RSS not measured" >&2
fi

# Every run sees the tools' defaults, whatever the caller's environment holds.
unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS MEMSCOPE_OPTIONS

out=$build/benchmarks
mkdir -p "$out"
binary=$out/relations
work=$(mktemp -d "$out/relations.tmp.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

say() { printf '%s\n' "$*" >&2; }

# --- build --------------------------------------------------------------------
say "building $binary"
if ! "$ms_cxx" -fsanitize=memscope -O2 -g "$repo/benchmarks/relations/relations.cpp" \
  -o "$binary" >"$work/build.log" 2>&1; then
  echo "relations.sh: build failed" >&2
  cat "$work/build.log" >&2
  exit 1
fi

# --- record -------------------------------------------------------------------
# record NAME SCALE: runs the program with recording on; sets $trace, and
# leaves its truth lines in $work/NAME.out and the time and RSS of the
# recorded run in $work/NAME.time.
record() {
  local name=$1 scale=$2 dir=$work/$1 status=0 timer=()
  mkdir "$dir"
  [[ -n $gnu_time ]] && timer=("$gnu_time" -f '%e %M' -o "$work/$name.time")
  say "recording relations $scale"
  MEMSCOPE_OPTIONS=trace_dir=$dir "${timer[@]}" "$binary" "$scale" \
    >"$work/$name.out" 2>"$work/$name.err" || status=$?
  local traces=("$dir"/relations.*.trace)
  if [[ ! -e ${traces[0]} ]] || ! grep -q '^truth: total ' "$work/$name.out"; then
    echo "relations.sh: relations $scale (exit status $status) left no trace or no truth lines; stderr:" >&2
    head -40 "$work/$name.err" >&2
    exit 1
  fi
  trace=${traces[0]}
  if ((status != 0)); then
    echo "warning: relations $scale exited with status $status:"
    grep -E '^(==[0-9]+==ERROR|SUMMARY)' "$work/$name.err" | cut -c1-200 | sed 's/^/  /' || true
  fi
}

# --- small scale --------------------------------------------------------------
record small "$small"
printf '\n== relations %s: memscope graph --evaluate ==\n' "$small"
"$memscope" graph --evaluate "$trace"
printf '\n== relations %s: memscope graph --top-retainers 5 ==\n' "$small"
"$memscope" graph --top-retainers 5 "$trace"
printf '\n== relations %s: ground truth ==\n' "$small"
cat "$work/small.out"
rm -rf "$work/small"

# --- large scale --------------------------------------------------------------
record large "$large"
trace_bytes=$(stat -c %s "$trace")
truth_blocks=$(sed -n 's/^truth: total blocks=\([0-9]*\).*/\1/p' "$work/large.out")

# measure N COMMAND...: wall seconds and max RSS (KiB, or n/a) into
# secs[N] and rss[N]; the command's stdout into $work/N.stdout.
declare -A secs rss
measure() {
  local n=$1 status=0 start end
  shift
  say "timing: memscope ${labels[$n]}"
  start=${EPOCHREALTIME/./}
  if [[ -n $gnu_time ]]; then
    "$gnu_time" -f '%e %M' -o "$work/$n.time" "$@" >"$work/$n.stdout" 2>"$work/$n.stderr" || status=$?
  else
    "$@" >"$work/$n.stdout" 2>"$work/$n.stderr" || status=$?
  fi
  end=${EPOCHREALTIME/./}
  if ((status != 0)); then
    echo "relations.sh: '$*' exited with status $status:" >&2
    head -20 "$work/$n.stderr" >&2
    exit 1
  fi
  if [[ -n $gnu_time ]]; then
    local s k
    read -r s k < <(tail -1 "$work/$n.time")
    secs[$n]=$s
    rss[$n]=$k
  else
    secs[$n]=$(awk -v us=$((end - start)) 'BEGIN { printf "%.2f", us / 1e6 }')
    rss[$n]=n/a
  fi
}

labels=("graph --evaluate" "graph --top-retainers 10" "graph --all --infer -o /dev/null" "report > /dev/null")
measure 0 "$memscope" graph --evaluate "$trace"
measure 1 "$memscope" graph --top-retainers 10 "$trace"
measure 2 "$memscope" graph --all --infer -o /dev/null "$trace"
measure 3 "$memscope" report "$trace"

# The blocks of the heap snapshot, as --top-retainers counts them.
snapshot_blocks=$(sed -n 's/^Retained sizes in heap snapshot [^:]*: \([0-9]*\) block(s).*/\1/p' "$work/1.stdout" | head -1)
blocks=${snapshot_blocks:-$truth_blocks}

mib() { awk -v k="$1" 'BEGIN { if (k == "n/a" || k == "") print "n/a"; else printf "%.1f", k / 1024 }'; }
per_m() { awk -v s="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", s / (b / 1e6); else print "n/a" }'; }

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
rev=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$repo" diff --quiet HEAD -- utils/analyzer runtime pass include 2>/dev/null || rev+="+dirty"
printf '\n== relations %s: the analyzer on ~%s live blocks ==\n' "$large" "$blocks"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores${cpu:+ ($cpu)}, memscope $rev, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "blocks: ${truth_blocks} made by the program (truth), ${snapshot_blocks:-n/a} in the heap snapshot"
printf 'trace: %s bytes (%.1f MB)\n' "$trace_bytes" "$(awk -v b="$trace_bytes" 'BEGIN { print b / 1e6 }')"
if [[ -n $gnu_time ]]; then
  read -r rec_s rec_k < <(tail -1 "$work/large.time")
  echo "recorded run: $rec_s s, max RSS $(mib "$rec_k") MB"
fi
echo
printf '%-36s %9s %11s %14s\n' "memscope ..." "seconds" "max RSS MB" "s / M blocks"
for n in 0 1 2 3; do
  printf '%-36s %9s %11s %14s\n' "${labels[$n]}" "${secs[$n]}" "$(mib "${rss[$n]}")" "$(per_m "${secs[$n]}" "$blocks")"
done

printf '\n== relations %s: memscope graph --evaluate ==\n' "$large"
cat "$work/0.stdout"
printf '\n== relations %s: memscope graph --top-retainers 10 ==\n' "$large"
cat "$work/1.stdout"
printf '\n== relations %s: ground truth ==\n' "$large"
cat "$work/large.out"
