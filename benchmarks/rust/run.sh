#!/usr/bin/env bash
# ===- benchmarks/rust/run.sh - memscope-rustc against -Zsanitizer=address --===
#
#   benchmarks/rust/run.sh [--build DIR] [--runs N]
#
# Builds rust_alloc.rs at -C opt-level=3 -g four ways: plain rustc, nightly
# rustc -Zsanitizer=address (asan), the same with -C force-frame-pointers=yes
# (asan-fp: ASan's unwinder then sees the frames of the precompiled std's
# callers, as memscope's does without it), and memscope-rustc (memscope);
# runs them alternately N times (default 7) and prints median wall time,
# max RSS and the ratios memscope/plain, memscope/asan, memscope/asan-fp.
# Needs rustup's nightly for the ASan builds (skipped without it). Ratios
# are printed, never asserted.
#
# See also: benchmarks/README.md, utils/memscope-rustc.in.
# ===-------------------------------------------------------------------------===
set -uo pipefail
export LC_ALL=C
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=benchmarks/args.sh
source "$here/../args.sh"
bench_args 7 "$@"
out=$build/benchmarks/rust
mkdir -p "$out"
src=$here/rust_alloc.rs
configs=(plain)
rustc -g -C opt-level=3 "$src" -o "$out/plain" || exit 1
if rustc +nightly -vV >/dev/null 2>&1; then
  rustc +nightly -g -C opt-level=3 -Zsanitizer=address "$src" -o "$out/asan" &&
    configs+=(asan)
  rustc +nightly -g -C opt-level=3 -C force-frame-pointers=yes -Zsanitizer=address \
    "$src" -o "$out/asan-fp" && configs+=(asan-fp)
else
  echo "run.sh: no nightly rustc (rustup toolchain install nightly): ASan builds skipped" >&2
fi
"$build/bin/memscope-rustc" -g -C opt-level=3 "$src" -o "$out/memscope" || exit 1
configs+=(memscope)

declare -A times rss medians
expected=$("$out/plain")
for ((r = 0; r < runs; r++)); do
  for c in "${configs[@]}"; do
    start=$EPOCHREALTIME
    got=$(/usr/bin/time -f %M -o "$out/$c.rss" "$out/$c" 2>"$out/$c.err") ||
      { echo "run.sh: $c failed:" >&2; cat "$out/$c.err" >&2; exit 1; }
    end=$EPOCHREALTIME
    [ "$got" = "$expected" ] || { echo "run.sh: $c printed '$got', plain '$expected'" >&2; exit 1; }
    times[$c]+="$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}') "
    rss[$c]+="$(cat "$out/$c.rss") "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "rust_alloc.rs, -C opt-level=3 -g, median of $runs alternating runs, $(rustc -V)"
printf '%-10s %9s %9s\n' config 'time s' 'RSS MiB'
for c in "${configs[@]}"; do
  t=$(echo "${times[$c]}" | median)
  m=$(echo "${rss[$c]}" | median)
  printf '%-10s %9.3f %9.1f\n' "$c" "$t" "$(awk -v m="$m" 'BEGIN {print m / 1024}')"
  medians[$c]=$t
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
line="memscope: $(ratio "${medians[memscope]}" "${medians[plain]}")x plain"
[ -n "${medians[asan]:-}" ] &&
  line+=", $(ratio "${medians[memscope]}" "${medians[asan]}")x -Zsanitizer=address"
[ -n "${medians[asan-fp]:-}" ] &&
  line+=", $(ratio "${medians[memscope]}" "${medians[asan-fp]}")x -Zsanitizer=address with frame pointers"
echo "$line"
