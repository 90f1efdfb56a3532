// ===- test/Analyzer/record.c - memscope record: one trace per process ----===
//
// `memscope record` turns recording on for a command and every instrumented
// process it starts: here a program that forks a child which execs the
// program again, through an uninstrumented shell. Each process gets its own
// trace in the directory; the command's exit status (or 128 + the signal
// that killed it) is record's; the user's own MEMSCOPE_OPTIONS still apply;
// a command that writes no trace is said so, and the default directory it
// would have used is not left behind.
//
// See also: utils/analyzer/Record.cpp, runtime/memscope_trace.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O1 %s -o %t
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir

// RUN: sh -c "memscope record -o traces -- sh -c '%t spawn; exit 7' 2> err; echo status \$?" > status
// RUN: FileCheck %s --check-prefix=STATUS7 < status
// RUN: FileCheck %s --check-prefix=SAID < err
// RUN: ls traces | FileCheck %s --check-prefix=FILES
// RUN: sh -c 'for f in traces/*.trace; do memscope report $f; done' | FileCheck %s --check-prefix=REPORTS

// The default directory, and the user's options kept:
// RUN: sh -c 'MEMSCOPE_OPTIONS=exitcode=42 memscope record %t crash 2> err2; echo status $?' > status2
// RUN: FileCheck %s --check-prefix=STATUS42 < status2
// RUN: FileCheck %s --check-prefix=DEFAULT < err2
// RUN: ls -d memscope.record.c.tmp.* | count 1

// A killed command, and one that records nothing:
// RUN: sh -c 'memscope record -o killed -- %t kill 2> /dev/null; echo status $?' > status3
// RUN: FileCheck %s --check-prefix=STATUS-SIGNAL < status3
// RUN: rm -rf memscope.record.c.tmp.* && sh -c 'memscope record true 2> err4; echo status $? >> err4'
// RUN: FileCheck %s --check-prefix=NONE < err4
// RUN: ls | FileCheck %s --check-prefix=NO-DIR

// Usage:
// RUN: not memscope record 2>&1 | FileCheck %s --check-prefix=USAGE
// RUN: not memscope record -o 2>&1 | FileCheck %s --check-prefix=USAGE-O
// RUN: not memscope record --frobnicate ls 2>&1 | FileCheck %s --check-prefix=USAGE-OPT
// RUN: sh -c 'memscope record -o x -- /nonexistent/program 2>&1; echo status $?' > status5
// RUN: FileCheck %s --check-prefix=STATUS127 < status5

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  char *volatile P = malloc(24);
  if (argc > 1 && !strcmp(argv[1], "spawn")) {
    pid_t Child = fork();
    if (Child == 0) {
      free(malloc(5));
      execl(argv[0], argv[0], "child", (char *)0);
      _exit(99);
    }
    waitpid(Child, 0, 0);
  }
  if (argc > 1 && !strcmp(argv[1], "crash")) {
    free(P);
    return P[3]; // a use-after-free: exitcode=42 from the user's options
  }
  if (argc > 1 && !strcmp(argv[1], "kill"))
    raise(SIGTERM);
  free(P);
  return 0;
}
// STATUS7: status 7
// SAID: memscope record: 3 traces in traces/: record.c.tmp.{{[0-9]+}}.{{(1.)?}}trace record.c.tmp.{{[0-9]+}}.{{(1.)?}}trace record.c.tmp.{{[0-9]+}}.{{(1.)?}}trace
// FILES-COUNT-3: record.c.tmp.{{[0-9]+(\.1)?}}.trace
// REPORTS-DAG: command line: {{.*}}record.c.tmp spawn
// REPORTS-DAG: command line: {{.*}}record.c.tmp child
// STATUS42: status 42
// DEFAULT: ERROR: memscope: heap-use-after-free
// DEFAULT: memscope record: 1 trace in memscope.record.c.tmp.{{[0-9]+}}/: record.c.tmp.{{[0-9]+}}.trace
// STATUS-SIGNAL: status 143
// NONE: memscope record: no trace was written: 'true' and the programs it ran were not built with -fsanitize=memscope
// NONE: status 0
// NO-DIR-NOT: memscope.
// USAGE: memscope: error: record needs a command to run (see 'memscope --help')
// USAGE-O: memscope: error: -o needs a directory
// USAGE-OPT: memscope: error: unknown option '--frobnicate' for 'record'
// STATUS127: memscope: error: cannot run '/nonexistent/program': No such file or directory
// STATUS127: status 127
