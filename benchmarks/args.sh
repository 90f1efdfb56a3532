# ===- benchmarks/args.sh - the options every benchmark script takes -------===
#
# Sourced by benchmarks/run.sh, benchmarks/rust/run.sh and
# benchmarks/ffi_calls/run.sh:
#
#   bench_args DEFAULT_RUNS "$@"
#
# reads [--build DIR] [--runs N] (also --build=DIR, --runs=N, -h) and sets
# `build` (absolute; default: build/ in the repository) and `runs`. Usage
# is the calling script's first `#   ` comment line.
# ===-----------------------------------------------------------------------===

bench_args() {
  local name script
  script=${BASH_SOURCE[1]}
  name=${script#"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/"}
  runs=$1
  shift
  build=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build
  local usage_line
  usage_line=$(sed -n 's/^#   //p' "$script" | head -1)
  while (($#)); do
    case $1 in
    --build) [[ $# -ge 2 ]] || { echo "$usage_line" >&2; exit 2; }; build=$2; shift 2 ;;
    --build=*) build=${1#*=}; shift ;;
    --runs) [[ $# -ge 2 ]] || { echo "$usage_line" >&2; exit 2; }; runs=$2; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    -h | --help) echo "$usage_line" >&2; exit 0 ;;
    *) echo "$name: unknown argument '$1'" >&2; echo "$usage_line" >&2; exit 2 ;;
    esac
  done
  [[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "$name: --runs needs a positive integer" >&2; exit 2; }
  local abs
  abs=$(cd "$build" 2>/dev/null && pwd) || { echo "$name: no build directory '$build'" >&2; exit 1; }
  build=$abs
}
