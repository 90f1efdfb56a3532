// ===- test/Runtime/trace/endings.c - every way out keeps the trace's tail -===
//
// A recorded program keeps every event in its trace however it ends, not
// only at exit(): killed by SIGTERM or SIGINT while idle (the periodic flush
// never came), abort() and a failed assert(), _exit(), a SEGV (also an
// error in the trace), and exec (the events before it); and the exit status
// of a return from main or exit() is in the trace too. Each run makes 100
// allocations at one line and then ends; the report of its trace counts
// them. The process still dies the way it would have without memscope.
//
// See also: runtime/memscope_termination.cpp, runtime/memscope_rtl.cpp
// (the SEGV's Error record).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O1 %s -o %t
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: %python %S/Inputs/die.py term %t term.trace 143 > term.out
// RUN: FileCheck %s --check-prefixes=ALL,TERM < term.out
// RUN: FileCheck %s --check-prefixes=SITE < term.out
// RUN: %python %S/Inputs/die.py int %t int.trace 130 > int.out
// RUN: FileCheck %s --check-prefixes=ALL,INT < int.out
// RUN: FileCheck %s --check-prefixes=SITE < int.out
// RUN: %python %S/Inputs/die.py abort %t abort.trace 134 > abort.out
// RUN: FileCheck %s --check-prefixes=ALL,ABRT < abort.out
// RUN: FileCheck %s --check-prefixes=SITE < abort.out
// RUN: %python %S/Inputs/die.py assert %t assert.trace 134 > assert.out
// RUN: FileCheck %s --check-prefixes=ALL,ABRT < assert.out
// RUN: FileCheck %s --check-prefixes=SITE < assert.out
// RUN: %python %S/Inputs/die.py quick-exit %t quick-exit.trace 5 > quick-exit.out
// RUN: FileCheck %s --check-prefixes=ALL,QUICK < quick-exit.out
// RUN: FileCheck %s --check-prefixes=SITE < quick-exit.out
// RUN: %python %S/Inputs/die.py segv %t segv.trace 1 > segv.out
// RUN: FileCheck %s --check-prefixes=ALL,SEGV < segv.out
// RUN: FileCheck %s --check-prefixes=SITE < segv.out
// RUN: FileCheck %s --check-prefixes=SEGV-LINE < segv.out
// RUN: %python %S/Inputs/die.py return %t return.trace 9 > return.out
// RUN: FileCheck %s --check-prefixes=ALL,RETURN < return.out
// RUN: FileCheck %s --check-prefixes=SITE < return.out
// RUN: %python %S/Inputs/die.py exit %t exit.trace 7 > exit.out
// RUN: FileCheck %s --check-prefixes=ALL,EXIT < exit.out
// RUN: FileCheck %s --check-prefixes=SITE < exit.out
// RUN: %python %S/Inputs/die.py exec %t exec.trace 0 > exec.out
// RUN: FileCheck %s --check-prefixes=ALL,EXEC < exec.out
// RUN: FileCheck %s --check-prefixes=SITE < exec.out

#include <assert.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void *Blocks[100];

int main(int argc, char **argv) {
  for (int I = 0; I < 100; ++I)
    Blocks[I] = malloc(40); // SITE: 4000 byte(s) in 100 allocation(s) in main {{.*}}endings.c:[[@LINE]]
  const char *How = argc > 1 ? argv[1] : "";
  if (!strcmp(How, "term"))
    raise(SIGTERM);
  if (!strcmp(How, "int"))
    raise(SIGINT);
  if (!strcmp(How, "abort"))
    abort();
  if (!strcmp(How, "assert"))
    assert(Blocks[0] == 0 && "the first block");
  if (!strcmp(How, "quick-exit"))
    _exit(5);
  if (!strcmp(How, "segv"))
    *(volatile int *)(argc == 99 ? Blocks[0] : 0) = 1; // SEGV-LINE: #0 {{.*}} in main {{.*}}endings.c:[[@LINE]]
  if (!strcmp(How, "exit"))
    exit(7);
  if (!strcmp(How, "exec"))
    execlp("true", "true", (char *)0);
  return 9;
}
// ALL: exit status as without memscope: yes
// ALL: passport events: {{[0-9]+}}
// TERM: finished by signal 15 (SIGTERM), {{[0-9]+}} ns after start
// INT: finished by signal 2 (SIGINT), {{[0-9]+}} ns after start
// ABRT: finished by signal 6 (SIGABRT), {{[0-9]+}} ns after start
// QUICK: finished with exit code 5
// RETURN: finished with exit code 9, {{[0-9]+}} ns after start
// EXIT: finished with exit code 7, {{[0-9]+}} ns after start
// SEGV: finished with exit code 1, by signal 11 (SIGSEGV)
// SEGV: == Errors (1) ==
// SEGV: ERROR: SEGV on address 0x0 in thread T0
// EXEC: note: the process called exec (true), {{[0-9]+}} ns after start: its trace ends there
