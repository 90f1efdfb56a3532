// ===- test/Runtime/leak/on-signal.c - leak checks on demand --------------===
//
// leak_check_signal=N makes signal N trigger a leak check in a running
// program, without code changes; each check reports only the leaks that
// are new since the previous one. leak_check_period_s=S does the same every
// S seconds.
//
// See also: runtime/memscope_lsan.cpp (the monitor thread), docs/Leaks.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=leak_check_signal=10:leak_check_at_exit=0:trace_path=%t.trace %t 2>&1 | FileCheck %s
// RUN: memscope report %t.trace | FileCheck %s --check-prefix=TRACE
// RUN: env MEMSCOPE_OPTIONS=leak_check_period_s=1:leak_check_at_exit=0 %t periodic 2>&1 | FileCheck %s --check-prefix=PERIOD

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

void *volatile Sink;

__attribute__((noinline)) void leak(unsigned Size) {
  Sink = malloc(Size); // ALLOC
  Sink = 0;
}

int main(int argc, char **argv) {
  leak(31);
  if (argc > 1) {
    usleep(2500 * 1000); // A periodic check sees the first leak (with room
                         // for a loaded machine).
    return 0;
  }
  kill(getpid(), SIGUSR1);
  usleep(1000 * 1000);
  leak(42);
  kill(getpid(), SIGUSR1);
  usleep(1000 * 1000);
  kill(getpid(), SIGUSR1);
  usleep(1000 * 1000);
  return 0;
}
// CHECK: leak check #1 (on signal): 1 new leaked block(s)
// CHECK: New direct leak of 31 byte(s) in 1 object(s) allocated from:
// CHECK: in leak {{.*}}on-signal.c:[[@LINE-22]]
// CHECK: SUMMARY: memscope: 31 byte(s) newly leaked in 1 allocation(s) (leak check #1).
// CHECK: leak check #2 (on signal): 1 new leaked block(s)
// CHECK-NOT: 31 byte
// CHECK: New direct leak of 42 byte(s) in 1 object(s) allocated from:
// CHECK: SUMMARY: memscope: 42 byte(s) newly leaked in 1 allocation(s) (leak check #2).
// CHECK: leak check #3 (on signal): no new leaks
// CHECK-NOT: ERROR: LeakSanitizer
// TRACE: Leak checks (3)
// PERIOD: leak check #1 (periodic): 1 new leaked block(s)
// PERIOD: New direct leak of 31 byte(s)
