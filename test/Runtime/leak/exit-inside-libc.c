// ===- test/Runtime/leak/exit-inside-libc.c - exit() that libc calls ------===
//
// errx, err, error and argp_error call exit() inside libc, past memscope's
// exit interceptor: the frames they leave suspended (main's, a worker's)
// still reach their blocks, which are listed as still reachable and leave
// the exit status alone, as LSan does not report them; a block nothing
// reaches is still a leak. And the leak check's own rules, as LSan's: a
// pointer in a word the program half poisoned is no root, and
// __lsan_ignore_object given an address one past a block ignores nothing.
//
// See also: exit-frames.c, runtime/memscope_lsan.cpp (LeakCheckAtExit).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t -lpthread
// RUN: %t errx 2>&1 | FileCheck %s --check-prefix=SUSPENDED
// RUN: not %t error 2>&1 | FileCheck %s --check-prefix=SUSPENDED
// RUN: %t argp 2>&1 | FileCheck %s --check-prefix=SUSPENDED
// RUN: %t worker 2>&1 | FileCheck %s --check-prefix=SUSPENDED
// RUN: not %t lost 2>&1 | FileCheck %s --check-prefix=LOST
// RUN: not %t poisoned 2>&1 | FileCheck %s --check-prefix=POISONED
// RUN: not %t past-end 2>&1 | FileCheck %s --check-prefix=PAST-END
// RUN: %clang_memscope -O2 %s -o %t -lpthread
// RUN: %t errx 2>&1 | FileCheck %s --check-prefix=SUSPENDED
// RUN: %t argp 2>&1 | FileCheck %s --check-prefix=SUSPENDED
// RUN: %t worker 2>&1 | FileCheck %s --check-prefix=SUSPENDED
// RUN: not %t lost 2>&1 | FileCheck %s --check-prefix=LOST

#include <argp.h>
#include <err.h>
#include <error.h>
#include <pthread.h>
#include <sanitizer/asan_interface.h>
#include <sanitizer/lsan_interface.h>
#include <stdlib.h>
#include <string.h>

static char **volatile Hook; // keeps the frames' arrays in memory
void *volatile Sink;

static void *worker(void *Arg) {
  char *Held[2];
  Hook = Held;
  Held[0] = malloc(40);
  memset(Held[0], 1, 40);
  err(0, "worker gives up");
}

static error_t parse(int Key, char *Arg, struct argp_state *State) {
  if (Key == ARGP_KEY_ARG)
    argp_error(State, "unexpected %s", Arg);
  return ARGP_ERR_UNKNOWN;
}

__attribute__((noinline)) static void lose(void) {
  Sink = malloc(24);
  Sink = 0;
}

struct Record {
  unsigned Len, Flags;
  char *Body;
  long Spare[2];
};
struct Record *Global;

int main(int Argc, char **Argv) {
  char *Held[2];
  Hook = Held;
  Held[0] = malloc(70);
  memset(Held[0], 1, 70);
  const char *C = Argv[1];
  if (!strcmp(C, "errx") || !strcmp(C, "lost")) {
    if (!strcmp(C, "lost"))
      lose();
    errx(0, "bad configuration");
  }
  if (!strcmp(C, "error"))
    error(0, 0, "reported"), error(3, 0, "fatal");
  if (!strcmp(C, "argp")) {
    struct argp Parser = {0, parse};
    char *Args[] = {Argv[0], "extra", 0};
    argp_err_exit_status = 0;
    argp_parse(&Parser, 2, Args, ARGP_NO_HELP, 0, 0);
  }
  if (!strcmp(C, "worker")) {
    pthread_t T;
    pthread_create(&T, 0, worker, 0);
    pthread_join(T, 0);
  }
  if (!strcmp(C, "poisoned")) {
    Global = aligned_alloc(32, 32);
    memset(Global, 0, 32);
    Global->Body = malloc(40);
    // Bytes 12 to 31: the second half of Body's word.
    ASAN_POISON_MEMORY_REGION((char *)Global + 12, 20);
  }
  if (!strcmp(C, "past-end")) {
    char *Block = malloc(78);
    __lsan_ignore_object(Block + 78);
    Block = 0;
  }
  free(Held[0]);
  return 0;
}

// SUSPENDED-NOT: ERROR: LeakSanitizer
// SUSPENDED: still reachable
// SUSPENDED-NOT: ERROR: LeakSanitizer
// LOST: ERROR: LeakSanitizer: detected memory leaks
// LOST: Direct leak of 24 byte(s) in 1 object(s)
// LOST: SUMMARY: memscope: 24 byte(s) leaked in 1 allocation(s).
// POISONED: Direct leak of 40 byte(s) in 1 object(s)
// PAST-END: Direct leak of 78 byte(s) in 1 object(s)
