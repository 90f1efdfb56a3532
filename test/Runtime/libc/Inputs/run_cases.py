#!/usr/bin/env python3
# ===- test/Runtime/libc/Inputs/run_cases.py - one run per error case ------===#
#
#   run_cases.py BINARY SOURCE
#
# For each `// CASE: NAME KIND MARKER` line of SOURCE, runs `BINARY NAME`
# (stdin: a line longer than any buffer of the test) and checks what a user
# would see: the exit status is not 0, the report's first line is
# `ERROR: memscope: KIND`, and its SUMMARY line names KIND at SOURCE's line
# that ends with the comment `// MARKER`. Prints one line per case; exits 1
# if any case failed.
# ===----------------------------------------------------------------------===#
import os
import re
import subprocess
import sys

binary, source = sys.argv[1], sys.argv[2]
lines = open(source).read().splitlines()
marker_line = {}
for number, text in enumerate(lines, 1):
    m = re.search(r"// ([A-Z][A-Z0-9_]*)$", text)
    if m:
        marker_line[m.group(1)] = number
cases = [l.split()[2:5] for l in lines if l.startswith("// CASE: ")]
env = dict(os.environ, MEMSCOPE_OPTIONS="detect_leaks=0")
failed = 0
for name, kind, marker in cases:
    run = subprocess.run([binary, name], input=b"0123456789abcdefghijklmnop\n",
                         capture_output=True, env=env)
    err = run.stderr.decode(errors="replace")
    want = "%s:%d:" % (os.path.basename(source), marker_line[marker])
    summary = re.search(r"SUMMARY: memscope: (\S+) (\S+)", err)
    ok = (run.returncode != 0 and "ERROR: memscope: " + kind in err and summary
          and summary.group(1) == kind and want in summary.group(2))
    print("%s %s: %s" % ("ok" if ok else "FAILED", name,
                         summary.group(0) if summary else "no report"))
    if not ok:
        failed += 1
        sys.stdout.write(err)
sys.exit(1 if failed else 0)
