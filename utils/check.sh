#!/usr/bin/env bash
# ===- utils/check.sh - set up, build, and run every test --------------------===
#
#   ./utils/check.sh
#
# Installs what memscope needs (utils/setup.sh), builds it into build/ and
# runs `ninja check-memscope`: the lit suites (IR, runtime bug classes,
# drivers) and the GoogleTest units. .ci/run calls this script.
#
# See also: test/README.md, utils/demo.sh.
# ===-------------------------------------------------------------------------===
set -euo pipefail
cd "$(dirname "$0")/.."

./utils/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C build
set +e
ninja -C build check-memscope 2>&1 | tee build/check-memscope.log
status=${PIPESTATUS[0]}
set -e
# One closing line in the plain form CI reads.
passed=$(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' build/check-memscope.log | tail -n 1)
failed=$(sed -n 's/^ *Failed *: *\([0-9]*\).*/\1/p' build/check-memscope.log | tail -n 1)
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"
