#!/usr/bin/env bash
# ===- utils/demo.sh - set up, build, and run memscope on the demo program ---===
#
#   ./utils/demo.sh
#
# Installs what memscope needs (utils/setup.sh), builds it into build/,
# compiles examples/sessions.cpp with -fsanitize=memscope and runs it. The
# program has a use-after-free; memscope's report is the demo, followed by
# what the offline analyzer reads from the program's trace. Exits 0 when
# memscope caught the bug, 1 otherwise.
#
# See also: utils/check.sh (every test), examples/README.md.
# ===-------------------------------------------------------------------------===
set -euo pipefail
cd "$(dirname "$0")/.."

./utils/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C build

mkdir -p build/examples
build/bin/memscope-clang++ -fsanitize=memscope -g -O1 examples/sessions.cpp \
  -o build/examples/sessions
echo
echo "=== running build/examples/sessions (compiled with -fsanitize=memscope) ==="
set +e
MEMSCOPE_OPTIONS=trace_path=build/examples/sessions.trace \
  build/examples/sessions 2>build/examples/sessions.report
status=$?
set -e
cat build/examples/sessions.report
echo
echo "=== build/bin/memscope report build/examples/sessions.trace (offline, from the trace) ==="
build/bin/memscope report build/examples/sessions.trace | sed -n '/== Errors/,/^SUMMARY/p'
echo
if [ $status -ne 0 ] && grep -q 'ERROR: memscope: heap-use-after-free' build/examples/sessions.report; then
  echo "memscope caught the use-after-free (program exit status $status)."
  exit 0
fi
echo "demo: expected a heap-use-after-free report (exit status $status)" >&2
exit 1
