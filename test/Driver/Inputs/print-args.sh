#!/bin/sh
# ===- test/Driver/Inputs/print-args.sh - a clang that prints its argv ------===
#
# Stands in for clang through MEMSCOPE_CLANG so a test sees exactly the
# argument vector a driver hands on, one argument a line between bars (which
# shows spaces and empty arguments).
#
#   env MEMSCOPE_CLANG=<copy of this file> memscope-clang ... | FileCheck ...
#
# See also: test/Driver/argv.c.
# ===-----------------------------------------------------------------------===
for arg in "$@"; do
  printf '|%s|\n' "$arg"
done
