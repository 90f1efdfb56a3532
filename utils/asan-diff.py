#!/usr/bin/env python3
# ===- utils/asan-diff.py - small error programs, memscope against ASan -----===#
#
#   utils/asan-diff.py [--build DIR] [--jobs N] [--levels 0,2]
#                      [--shard K/N] [--alternate] [--markdown FILE] [NAME...]
#
# Builds each program of utils/asan-diff/ (or the NAMEs given) at -O0 and
# -O2 (or at the --levels given: 1,3 for -O1 and -O3; with --shard K/N,
# the K-th of every N programs in name order; with --alternate, each
# program at one level, the next program at the next) with clang-22's
# -fsanitize=address and with memscope's drivers, runs both (arguments
# `10 ABCDEFGHIJKLMNOPQRSTUVWXYZ`, ASan with
# detect_stack_use_after_return=1, memscope with its defaults) and compares
# what a user sees: the report's kind and the line of its first frame in
# the program, or for a leak program the bytes and blocks the leak
# SUMMARY counts. Each program's first line says what it does wrong
# (`// EXPECT: stack-buffer-overflow`, `leak`, `none` for a clean one);
# the line of the bug ends with `// BUG`; a `// FLAGS: ...` line among the
# first ten adds compiler options for both builds (`-std=c++20` for a
# coroutine).
#
# Prints one line per program and level: ASan's and memscope's findings,
# marked DIFF where they differ, MISS where memscope reports nothing for a
# bug ASan finds, "memscope only", "memscope more" (more bytes leaked) and
# "memscope better" (the expected kind where ASan's differs: a SEGV; or
# the same kind at the `// BUG` line where ASan's is later) the other way;
# then the totals: runs where both agree, where memscope finds more, and
# where ASan finds something memscope does not or differs (the defects
# this is for). Exit status 1 if any run of a clean program reports, or
# memscope misses what ASan finds. The programs are small on purpose: one
# bug each, of every shape of stack, global, heap, libc-call and leak error
# and the clean programs those checks must stay quiet on.
# ===----------------------------------------------------------------------===#
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "asan-diff")
ARGS = ["10", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
LONG_LINE = "a very long first line of text that goes on and on and on\nsecond\n"
REPORT = re.compile(r"ERROR: (?:AddressSanitizer|memscope|LeakSanitizer): "
                    r"(?:attempting )?([\w-]+)")
# The report's kind as its SUMMARY line names it (the ERROR line words some
# as a sentence: "attempting double-free", "calloc parameters overflow");
# the ERROR line's first word if a report has no SUMMARY (ASan's own CHECK
# failing while it describes a block freed in fread).
KIND = re.compile(r"SUMMARY: (?:AddressSanitizer|memscope): (\S+)")
# A frame with a source line; a C++ function's name may hold spaces.
FRAME = re.compile(r"^\s*#\d+ 0x[0-9a-f]+ in .*? ([^\s:]+):(\d+)(?::\d+)?\s*$",
                   re.M)
# LeakSanitizer's summary, not memscope's summary of its cycle leaks, which
# comes first and goes on "... allocation(s) in N shared-pointer cycle(s)."
LEAKS = re.compile(r"SUMMARY: (?:AddressSanitizer|memscope): (\d+) byte\(s\) "
                   r"leaked in (\d+) allocation\(s\)\.")


def expectation(path):
    first = open(path).readline()
    m = re.match(r"// EXPECT: (\S+)", first)
    return m.group(1) if m else "none"


def extra_flags(path):
    """The options a `// FLAGS:` line near the top asks for."""
    with open(path) as f:
        for _ in range(10):
            m = re.match(r"// FLAGS: (.*)", f.readline())
            if m:
                return m.group(1).split()
    return []


def bug_lines(path):
    """The numbers of the lines marked `// BUG`, as strings."""
    with open(path) as f:
        return {str(n) for n, line in enumerate(f, 1) if "// BUG" in line}


def leaked_bytes(found):
    """The bytes of a leak finding ("20B/5"), 0 for anything else."""
    m = re.match(r"(\d+)B/", found or "")
    return int(m.group(1)) if m else 0


def compile_case(tool, path, opt, out, build):
    cxx = path.endswith(".cpp")
    if tool == "asan":
        cc = "clang++-22" if cxx else "clang-22"
        flags = ["-fsanitize=address"]
    else:
        cc = os.path.join(build, "bin", "memscope-clang++" if cxx else
                          "memscope-clang")
        flags = ["-fsanitize=memscope"]
    cmd = ([cc] + flags + extra_flags(path) +
           ["-g", opt, path, "-o", out, "-lpthread"])
    r = subprocess.run(cmd, capture_output=True, text=True)
    return r.returncode == 0, r.stderr


def finding(work, exe, path, leak):
    env = dict(os.environ, ASAN_OPTIONS="detect_stack_use_after_return=1")
    env.pop("MEMSCOPE_OPTIONS", None)
    try:
        r = subprocess.run([exe] + ARGS, capture_output=True, text=True,
                           errors="replace", env=env, cwd=work, timeout=120)
    except subprocess.TimeoutExpired:
        return "TIMEOUT"
    if leak:
        m = LEAKS.search(r.stderr)
        return "%sB/%s" % (m.group(1), m.group(2)) if m else None
    m = REPORT.search(r.stderr)
    if not m:
        return None
    k = KIND.search(r.stderr, m.end())
    line = None
    name = os.path.basename(path)
    for fm in FRAME.finditer(r.stderr, m.end()):
        if os.path.basename(fm.group(1)) == name:
            line = fm.group(2)
            break
    return "%s:%s" % ((k or m).group(1), line)


def run_case(path, opt, build):
    name = os.path.basename(path)
    leak = name.startswith(("lk_", "lk2_", "lk3_", "lk4_"))
    work = tempfile.mkdtemp(prefix="asan-diff-")
    try:
        open(os.path.join(work, "long.txt"), "w").write(LONG_LINE)
        got = {}
        for tool in ("asan", "memscope"):
            # The same name in both: a program may print its argv[0].
            os.makedirs(os.path.join(work, tool[0]))
            exe = os.path.join(work, tool[0], "t")
            ok, err = compile_case(tool, path, opt, exe, build)
            got[tool] = finding(work, exe, path, leak) if ok else "BUILD-FAILED"
        return got
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(
        description="small error programs, memscope against ASan")
    ap.add_argument("--build", default=os.path.join(HERE, "..", "build"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--levels", default="0,2",
                    help="optimization levels, comma-separated (0,2)")
    ap.add_argument("--shard", help="K/N: the K-th (1..N) of every N programs")
    ap.add_argument("--alternate", action="store_true",
                    help="each program at one of the levels, in turn")
    ap.add_argument("--markdown")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    files = sorted(f for f in os.listdir(CASES) if f.endswith((".c", ".cpp")))
    if a.names:
        files = [f for f in files if os.path.splitext(f)[0] in a.names]
    if a.shard:
        k, n = (int(x) for x in a.shard.split("/"))
        if not 1 <= k <= n:
            ap.error("--shard K/N needs 1 <= K <= N")
        files = files[k - 1::n]
    levels = ["-O" + l.strip().lstrip("-O") for l in a.levels.split(",")]
    if a.alternate:
        jobs = [(f, levels[i % len(levels)]) for i, f in enumerate(files)]
    else:
        jobs = [(f, opt) for f in files for opt in levels]
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        results = list(pool.map(
            lambda j: run_case(os.path.join(CASES, j[0]), j[1], a.build), jobs))
    agree = ms_more = asan_more = false_reports = 0
    bugs = 0
    found = {"asan": 0, "memscope": 0}
    rows = []
    for (f, opt), got in zip(jobs, results):
        expect = expectation(os.path.join(CASES, f))
        s, m = got["asan"], got["memscope"]
        if expect != "none":
            bugs += 1
            found["asan"] += bool(s)
            found["memscope"] += bool(m)
        note = ""
        if expect == "none" and (s or m):
            note = "FALSE REPORT"
            false_reports += 1
        elif s == m:
            agree += 1
        elif s and not m:
            note = "MISS (memscope)"
            asan_more += 1
        elif m and not s:
            note = "memscope only"
            ms_more += 1
        elif expect == "leak" and leaked_bytes(m) > leaked_bytes(s):
            note = "memscope more"
            ms_more += 1
        elif m.split(":")[0] == expect and s.split(":")[0] != expect:
            # ASan's SEGV where memscope names the error the program has.
            note = "memscope better"
            ms_more += 1
        elif (m.split(":")[0] == s.split(":")[0] and
              m.split(":")[-1] in bug_lines(os.path.join(CASES, f)) and
              s.split(":")[-1] not in bug_lines(os.path.join(CASES, f))):
            # The same error, found where the program makes it, which ASan
            # sees only at a later use (in a call it does not intercept).
            note = "memscope better"
            ms_more += 1
        else:
            note = "DIFF"
            asan_more += 1
        rows.append((os.path.splitext(f)[0], opt, expect, s or "-", m or "-",
                     note))
        print("%-26s %s expect %-30s asan %-32s memscope %-32s %s" % rows[-1])
    print("%d runs: %d agree, %d where memscope finds more, %d where ASan "
          "finds something memscope does not or differs, "
          "%d false reports; of the %d runs of a program with a bug, ASan "
          "reports %d, memscope %d" % (len(rows), agree, ms_more, asan_more,
                                       false_reports, bugs,
                                       found["asan"], found["memscope"]))
    if a.markdown:
        with open(a.markdown, "w") as out:
            out.write("| program | level | expected | clang-22 ASan | memscope "
                      "| |\n|---|---|---|---|---|---|\n")
            for r in rows:
                out.write("| %s | %s | %s | %s | %s | %s |\n" % r)
    return 1 if asan_more or false_reports else 0


if __name__ == "__main__":
    sys.exit(main())
