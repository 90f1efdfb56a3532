"""Runs a test program in one way of ending, recorded and not, and prints
whether it died the same way both times, then the report of its trace.

    die.py HOW PROGRAM TRACE EXPECTED_STATUS

The status is the shell's: 128 + N for death by signal N. Used by
test/Runtime/trace/endings.c.
"""
import os
import signal
import subprocess
import sys

how, program, trace, expected = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])


def default_signals():
    # A test runner may start us with SIGINT ignored; the program must see
    # the default action, as from a terminal.
    for s in (signal.SIGINT, signal.SIGQUIT, signal.SIGTERM):
        signal.signal(s, signal.SIG_DFL)


def status(env):
    p = subprocess.run([program, how], env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, preexec_fn=default_signals)
    return 128 - p.returncode if p.returncode < 0 else p.returncode


plain = dict(os.environ)
plain.pop("MEMSCOPE_OPTIONS", None)
recorded = dict(plain, MEMSCOPE_OPTIONS="trace_path=" + trace)
unrecorded_status = status(plain)
recorded_status = status(recorded)
same = unrecorded_status == recorded_status == expected
print("exit status as without memscope: %s (%d, %d, expected %d)" % (
    "yes" if same else "no", unrecorded_status, recorded_status, expected))
sys.stdout.flush()
subprocess.run(["memscope", "report", trace])
