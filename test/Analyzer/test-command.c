// ===- test/Analyzer/test-command.c - `memscope test` --------------------===//
//
// `memscope test -- CMD` records every process CMD starts, then lists each
// process's findings with their line (errors, leaks at exit, cycle leaks,
// leak alerts) and exits non-zero when there are any; otherwise with the
// command's own status. --json and --junit write the same for CI; without
// -o no trace is left behind.
//
// See also: utils/analyzer/TestCommand.cpp, docs/Analyzer.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// A leak and a double free in two processes (the program runs itself).
// RUN: not memscope test --json out.json --junit out.xml -- %t parent 2> err.txt
// RUN: FileCheck %s < err.txt
// RUN: %python -c "import json; d=json.load(open('out.json')); \
// RUN:   [print('finding', p['command_line'][-1], f['kind'], f['location']['line'], f['fingerprint']) for p in d['processes'] for f in p['findings']]" \
// RUN:   | FileCheck %s --check-prefix=JSON
// RUN: %python -c "import xml.etree.ElementTree as E; r=E.parse('out.xml').getroot(); \
// RUN:   [print('case', c.get('name').split()[0], 'failure' if c.find('failure') is not None else 'pass') for c in r.iter('testcase')]; print(r.get('tests'), r.get('failures'))" \
// RUN:   | FileCheck %s --check-prefix=JUNIT
// RUN: ls | FileCheck %s --check-prefix=NOTRACE --allow-empty
// A clean run passes with the command's status; so does a failing one.
// RUN: memscope test -- %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not memscope test -- %t fail 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %python -c "import subprocess,sys; sys.exit(subprocess.run(['memscope', 'test', '--', '%t', 'fail'], stderr=subprocess.DEVNULL).returncode != 3)"
// -o keeps the traces.
// RUN: not memscope test -o kept -- %t leak 2>/dev/null
// RUN: ls kept | FileCheck %s --check-prefix=KEPT
// SARIF 2.1.0 (checked against the specification's required properties),
// and a baseline: the findings of an earlier --json are known, listed but
// not failing; memscope diff compares two runs.
// RUN: not memscope test --sarif out.sarif -- %t parent 2>/dev/null
// RUN: %python %S/Inputs/sarif_check.py out.sarif | FileCheck %s --check-prefix=SARIF
// RUN: memscope test --baseline out.json --sarif known.sarif -- %t parent 2>&1 | FileCheck %s --check-prefix=KNOWN
// RUN: %python %S/Inputs/sarif_check.py known.sarif | FileCheck %s --check-prefix=KNOWN-SARIF
// RUN: memscope test --baseline out.json --json less.json -- %t leak 2>/dev/null
// RUN: not memscope test --baseline less.json -- %t parent 2>&1 | FileCheck %s --check-prefix=NEW
// RUN: not memscope diff less.json out.json | FileCheck %s --check-prefix=DIFF
// RUN: memscope diff out.json less.json | FileCheck %s --check-prefix=FIXED
// RUN: not memscope test --baseline missing.json -- %t clean 2>&1 | FileCheck %s --check-prefix=BADBASE
// Suppressions: KIND:PATTERN lines; `leak` is any direct or indirect leak.
// RUN: printf '# known\nleak:main\ndouble-free:*test-command.c*\n' > supp.txt
// RUN: memscope test --suppressions supp.txt -- %t parent 2>&1 | FileCheck %s --check-prefix=SUPP
// RUN: printf 'no kind here\n' > bad.txt
// RUN: not memscope test --suppressions bad.txt -- %t clean 2>&1 | FileCheck %s --check-prefix=BADSUPP
// The same at -O2.
// RUN: %clang_memscope -O2 %s -o %t
// RUN: not memscope test -- %t parent 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

char *volatile Sink;

int main(int Argc, char **Argv) {
  const char *Mode = Argc > 1 ? Argv[1] : "";
  if (!strcmp(Mode, "parent")) {
    pid_t Child = fork();
    if (Child == 0) {
      execl(Argv[0], Argv[0], "double", (char *)0);
      _exit(127);
    }
    int Status;
    waitpid(Child, &Status, 0);
    Mode = "leak";
  }
  if (!strcmp(Mode, "double")) {
    char *P = malloc(8);
    free(P);
    free(P); // the double free
  }
  if (!strcmp(Mode, "leak"))
    Sink = malloc(40); // the leak
  Sink = 0;
  return !strcmp(Mode, "fail") ? 3 : 0;
}

// CHECK-DAG: memscope test: test-command.c.tmp (pid {{[0-9]+}}): {{.*}} double (exit code 86)
// CHECK-DAG: double-free at test-command.c:[[#@LINE-9]] in main
// CHECK-DAG: direct leak of 40 byte(s) in 1 object(s) at test-command.c:[[#@LINE-7]] in main
// CHECK: memscope test: 2 process(es) recorded, 2 finding(s) in 2 of them

// JSON-DAG: finding double double-free [[#@LINE-13]] double-free|main@test-command.c
// JSON-DAG: finding parent direct leak [[#@LINE-11]] direct leak|main@test-command.c

// JUNIT: case test-command.c.tmp failure
// JUNIT: case test-command.c.tmp failure
// JUNIT: 2 2

// NOTRACE-NOT: .trace

// CLEAN: memscope test: 1 process(es) recorded, no findings

// SARIF-DAG: result double-free error test-command.c:[[#@LINE-24]] - double-free|main@test-command.c
// SARIF-DAG: result direct-leak error test-command.c:[[#@LINE-22]] - direct leak|main@test-command.c

// KNOWN: double-free at test-command.c:{{[0-9]+}} in main (in the baseline)
// KNOWN: memscope test: 2 process(es) recorded, no new findings (2 in the baseline)
// KNOWN-SARIF-DAG: result double-free error {{.*}} unchanged
// KNOWN-SARIF-DAG: result direct-leak error {{.*}} unchanged

// NEW: double-free at test-command.c:{{[0-9]+}} in main{{$}}
// NEW: memscope test: 2 process(es) recorded, 1 new finding(s) in 1 of them (1 in the baseline)

// DIFF: new:   double-free|main@test-command.c
// DIFF-NEXT: memscope diff: 1 new, 0 fixed, 1 unchanged
// FIXED: fixed: double-free|main@test-command.c
// FIXED-NEXT: memscope diff: 0 new, 1 fixed, 1 unchanged

// BADBASE: memscope: error: --baseline: cannot read 'missing.json'

// SUPP: memscope test: 2 process(es) recorded, no findings
// SUPP-NEXT: memscope test: 2 finding(s) suppressed by supp.txt
// BADSUPP: memscope: error: --suppressions: bad.txt:1: 'no kind here' is not KIND:PATTERN


// KEPT: test-command.c.tmp.{{[0-9]+}}.trace
