#!/usr/bin/env python3
# ===- test/Analyzer/Inputs/fuzz_reader.py - damaged traces never crash ---=== #
#
#   fuzz_reader.py WORKDIR [--cases N]
#
# Damages the `full` and `ownership` traces of make_trace.py (format
# version 2, and version 3: uncompressed, with Edge events, compressed) in
# seeded, reproducible ways (cut at a random length, random bytes flipped, random
# record sizes rewritten, or several at once) and runs on each, in turn,
# `memscope report`, `report --json`, `graph` and `graph --format dot`.
# Every run must end with exit code 0, 2, 3 or 4 within the time limit, and
# its JSON must parse. A failing input is kept in WORKDIR as
# fuzz-<seed>.trace and named in the output.
#
# See also: fuzz.test, utils/analyzer/TraceReader.cpp.
# ===--------------------------------------------------------------------=== #
import argparse
import json
import os
import random
import struct
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_trace  # noqa: E402

ALLOWED = {0, 2, 3, 4}


class Compressed:
    """A version-3 trace whose records are zstd-compressed: its "record
    offsets" are points inside the compressed stream, so that rewritten
    sizes damage frames."""

    def __init__(self, trace):
        self.data = trace.compressed()
        self.offsets = [(0, k) for k in range(32, len(self.data) - 8, 29)]


def damage(data, rng, offsets):
    data = bytearray(data)
    how = rng.choice(["cut", "flip", "size", "mixed"])
    if how in ("flip", "mixed"):
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    if how in ("size", "mixed"):
        # A record's Size field: too small, too big, or huge.
        _, offset = rng.choice(offsets)
        size = rng.choice([0, 1, 7, rng.randrange(1 << 8), rng.randrange(1 << 32)])
        struct.pack_into("<I", data, offset + 4, size)
    if how in ("cut", "mixed"):
        data = data[:rng.randrange(len(data) + 1)]
    return how, bytes(data)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("workdir")
    parser.add_argument("--cases", type=int, default=400)
    args = parser.parse_args()

    traces = [make_trace.full_trace(), make_trace.ownership_trace(),
              make_trace.full_trace(version=3),
              make_trace.ownership_trace(version=3, edges=True),
              Compressed(make_trace.full_trace(version=3))]
    # (arguments after the trace, whether stdout is JSON)
    commands = [(["report"], False), (["report", "--json"], True),
                (["graph"], True), (["graph", "--format", "dot"], False)]
    failures = 0
    for seed in range(args.cases):
        rng = random.Random(seed)
        trace = traces[seed % len(traces)]
        how, data = damage(trace.data, rng, trace.offsets)
        path = os.path.join(args.workdir, "fuzz-%d.trace" % seed)
        with open(path, "wb") as f:
            f.write(data)
        arguments, as_json = commands[seed // len(traces) % len(commands)]
        command = ["memscope", arguments[0], path] + arguments[1:]
        try:
            run = subprocess.run(command, capture_output=True, timeout=30)
        except subprocess.TimeoutExpired:
            print("seed %d (%s): timed out" % (seed, how))
            failures += 1
            continue
        problem = None
        if run.returncode not in ALLOWED:
            problem = "exit code %d" % run.returncode
        elif as_json and run.returncode in (0, 4):
            try:
                json.loads(run.stdout)
            except ValueError as e:
                problem = "invalid JSON: %s" % e
        if problem:
            print("seed %d (%s, %s): %s; input kept in %s\n%s" %
                  (seed, how, " ".join(arguments), problem, path,
                   run.stderr.decode(errors="replace")))
            failures += 1
        else:
            os.remove(path)
    print("%d damaged traces, %d failures" % (args.cases, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
