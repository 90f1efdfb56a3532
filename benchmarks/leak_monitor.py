#!/usr/bin/env python3
# ===- benchmarks/leak_monitor.py - the leak monitor's precision and cost --=== #
#
# Builds benchmarks/leak_monitor/workload.cpp (a request loop whose sites
# leak, or grow without leaking, as its scenario says) four ways: plain,
# clang's -fsanitize=leak (LSan), memscope's full build and its leak-only
# build (-fsanitize=memscope-leak), and measures:
#
# - detection: every scenario, each run for SECONDS at 2000 requests/s per
#   thread (run i with random seed i), in the full build with
#   leak_monitor=1 and in the leak-only build (monitor on by default). An alert naming a function the scenario
#   declares leaking (its `truth:` lines) is a true positive, any other
#   alert a false one; a leaking function no alert names by the end is a
#   miss. Prints, per scenario and build, the alerts, misses and the
#   detection latency (seconds from the start to the first alert of each
#   leaking function), then precision and recall over every run;
# - overhead: the `server` and `mt-leak` scenarios unpaced (a fixed number
#   of requests as fast as they go), alternating builds for N rounds, median
#   wall time: plain, LSan, leak-only with and without the monitor, full
#   build with and without it; ratios to plain and to LSan.
#
#   benchmarks/leak_monitor.py [--build DIR] [--runs N] [--seconds S]
#                              [--only detection|overhead]
#
# DIR is the memscope build directory (default: build/ in the repository);
# binaries go to DIR/benchmarks/leak_monitor. N (default 2) is the runs per
# scenario and build, and the overhead rounds (times 3). Numbers are
# printed, never asserted; the exit status is non-zero only when a build
# or a run fails.
#
# See also: benchmarks/README.md (the figures), docs/Leaks.md (the test).
# ===----------------------------------------------------------------------=== #
import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCENARIOS = ["error-leak", "slow-leak", "log", "mt-leak", "server",
             "cache", "burst", "warmup", "ramp", "mt-cache"]
ALERT = re.compile(r"leak alert #\d+: .* in (?:\(anonymous namespace\)::)?"
                   r"([A-Za-z_][A-Za-z_0-9:]*)\(")


def build(args):
    out = os.path.join(args.build, "benchmarks", "leak_monitor")
    os.makedirs(out, exist_ok=True)
    src = os.path.join(REPO, "benchmarks", "leak_monitor", "workload.cpp")
    driver = os.path.join(args.build, "bin", "memscope-clang++")
    common = ["-O2", "-g", "-std=c++17", src, "-lpthread"]
    builds = {
        "plain": ["clang++-22"] + common,
        "lsan": ["clang++-22", "-fsanitize=leak"] + common,
        "full": [driver, "-fsanitize=memscope"] + common,
        "leak-only": [driver, "-fsanitize=memscope-leak"] + common,
    }
    binaries = {}
    for name, cmd in builds.items():
        binary = os.path.join(out, "workload." + name)
        r = subprocess.run(cmd + ["-o", binary], capture_output=True,
                           text=True)
        if r.returncode:
            sys.exit("building %s failed:\n%s" % (name, r.stderr))
        binaries[name] = binary
    return binaries


def clean_env(extra):
    env = dict(os.environ)
    for var in ("MEMSCOPE_OPTIONS", "ASAN_OPTIONS", "LSAN_OPTIONS"):
        env.pop(var, None)
    env.update(extra)
    return env


def run_timed(cmd, env):
    """Runs cmd; returns (stdout lines, [(seconds, stderr line)])."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, env=env)
    errs = []

    def read():
        for line in p.stderr:
            errs.append((time.monotonic() - start, line.rstrip("\n")))
    t = threading.Thread(target=read)
    t.start()
    out = p.stdout.read().splitlines()
    p.wait()
    t.join()
    return out, errs


def detection(args, binaries):
    print("== detection: %d s per run, 2000 requests/s per thread, "
          "%d run(s) ==" % (args.seconds, args.runs))
    print("%-11s %-10s %6s %6s %6s  %s" % ("scenario", "build", "true",
                                         "false", "missed", "latency (s)"))
    totals = {b: [0, 0, 0, 0] for b in ("full", "leak-only")}  # tp fp fn leaks
    latencies = {b: [] for b in totals}
    for scenario in SCENARIOS:
        for name, env in (("full", {"MEMSCOPE_OPTIONS": "leak_monitor=1"}),
                          ("leak-only", {})):
            tp = fp = fn = 0
            lat = []
            for run in range(args.runs):
                threads = "4" if scenario.startswith("mt-") else "1"
                rate = "1000" if scenario.startswith("mt-") else "2000"
                out, errs = run_timed([binaries[name], scenario,
                                       str(args.seconds), rate, threads,
                                       str(run)], clean_env(env))
                if not any(l.startswith("done") for l in out):
                    sys.exit("%s/%s did not finish:\n%s" % (
                        scenario, name, "\n".join(l for _, l in errs[-20:])))
                leaking = {l.split()[2] for l in out
                           if l.startswith("truth: leak")}
                found = {}
                for when, line in errs:
                    m = ALERT.search(line)
                    if not m:
                        continue
                    function = m.group(1).split("::")[-1]
                    if function in leaking:
                        found.setdefault(function, when)
                    else:
                        fp += 1
                        print("  false alert: %s" % line[:160])
                tp += len(found)
                fn += len(leaking - set(found))
                lat += list(found.values())
                totals[name][3] += len(leaking)
            totals[name][0] += tp
            totals[name][1] += fp
            totals[name][2] += fn
            latencies[name] += lat
            print("%-11s %-10s %6d %6d %6d  %s" % (
                scenario, name, tp, fp, fn,
                " ".join("%.1f" % x for x in sorted(lat)) or "-"))
    for name, (tp, fp, fn, leaks) in totals.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / leaks if leaks else 1.0
        lat = latencies[name]
        print("%s: precision %.3f (%d/%d alerts), recall %.3f (%d/%d leaks), "
              "latency median %s s, max %s s" % (
                  name, precision, tp, tp + fp, recall, tp, leaks,
                  "%.1f" % statistics.median(lat) if lat else "-",
                  "%.1f" % max(lat) if lat else "-"))


def overhead(args, binaries):
    rounds = 3 * args.runs
    configs = [
        ("plain", "plain", {}),
        ("lsan", "lsan", {}),
        ("leak-only", "leak-only", {}),
        ("leak-only, monitor off", "leak-only",
         {"MEMSCOPE_OPTIONS": "leak_monitor=0"}),
        ("full", "full", {}),
        ("full, monitor on", "full", {"MEMSCOPE_OPTIONS": "leak_monitor=1"}),
    ]
    print("\n== overhead: unpaced, median of %d alternating rounds ==" %
          rounds)
    for scenario, requests, threads in (("server", "300000", "1"),
                                        ("mt-leak", "200000", "4")):
        times = {label: [] for label, _, _ in configs}
        for _ in range(rounds):
            for label, name, env in configs:
                start = time.monotonic()
                r = subprocess.run([binaries[name], scenario, requests, "0",
                                    threads], capture_output=True,
                                   env=clean_env(env))
                times[label].append(time.monotonic() - start)
                if b"done" not in r.stdout:
                    sys.exit("%s/%s failed:\n%s" % (scenario, label,
                                                     r.stderr[-2000:]))
        plain = statistics.median(times["plain"])
        lsan = statistics.median(times["lsan"])
        print("%s (%s requests x %s thread(s)):" % (scenario, requests,
                                                    threads))
        print("  %-24s %8s %9s %8s" % ("build", "seconds", "/plain", "/LSan"))
        for label, _, _ in configs:
            t = statistics.median(times[label])
            print("  %-24s %8.3f %8.2fx %7.2fx" % (label, t, t / plain,
                                                   t / lsan))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", default=os.path.join(REPO, "build"))
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=12)
    parser.add_argument("--only", choices=["detection", "overhead"])
    args = parser.parse_args()
    args.build = os.path.abspath(args.build)
    binaries = build(args)
    print("%s, %d cores, memscope %s" % (
        time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), os.cpu_count(),
        subprocess.run(["git", "-C", REPO, "describe", "--always", "--dirty"],
                       capture_output=True, text=True).stdout.strip()))
    if args.only != "overhead":
        detection(args, binaries)
    if args.only != "detection":
        overhead(args, binaries)


if __name__ == "__main__":
    main()
