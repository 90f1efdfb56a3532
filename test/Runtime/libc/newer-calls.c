// ===- test/Runtime/libc/newer-calls.c - what compiler-rt 19 leaves out --===//
//
// Calls clang-22's ASan checks and compiler-rt 19's common interceptors do
// not (memscope's runtime is built from those): fgetpos and fsetpos (the
// 16-byte fpos_t), timespec_get (a timespec), timer_create, timer_settime
// and timer_gettime (the timer, the itimerspecs), pthread_timedjoin_np
// (its deadline), getservent_r, getservbyname_r and getservbyport_r (the
// servent filled in, the pointer to it, the names read; and, once an entry
// was found, the buffer for its strings at the length given: not tested
// here, as a machine may have no /etc/services), prctl's PR_GET_PDEATHSIG
// (an int) and PR_SET_SECCOMP (the filter program read). glob with
// GLOB_DOOFFS (whose null leading entries compiler-rt 19's check read as
// strings, crashing) checks the pattern and the glob_t. memccpy and memchr find a byte above 127 as libc does
// (a search that compared it as a signed char read past the copy's end).
// Each error is reported at the program's call, -O0 and -O2; correct uses
// are silent.
//
// See also: runtime/memscope_interceptors_extra.cpp, more-calls.c.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR

#define _GNU_SOURCE
#include <glob.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <time.h>

volatile long Sink;

static void *quick(void *Arg) { return Arg; }

static void clean(void) {
  FILE *F = tmpfile();
  fputs("some text", F);
  fpos_t Pos;
  fgetpos(F, &Pos);
  fsetpos(F, &Pos);
  fclose(F);
  struct timespec Now;
  timespec_get(&Now, TIME_UTC);
  timer_t Timer;
  struct sigevent Event = {.sigev_notify = SIGEV_NONE};
  timer_create(CLOCK_MONOTONIC, &Event, &Timer);
  struct itimerspec Set = {.it_value = {100, 0}}, Old, Cur;
  timer_settime(Timer, 0, &Set, &Old);
  timer_gettime(Timer, &Cur);
  timer_delete(Timer);
  pthread_t T;
  pthread_create(&T, NULL, quick, NULL);
  struct timespec Deadline = {Now.tv_sec + 100, 0};
  pthread_timedjoin_np(T, NULL, &Deadline);
  struct servent Service, *Found = NULL;
  char Names[1024];
  getservbyname_r("http", "tcp", &Service, Names, sizeof Names, &Found);
  getservbyport_r(htons(80), NULL, &Service, Names, sizeof Names, &Found);
  setservent(1);
  getservent_r(&Service, Names, sizeof Names, &Found);
  endservent();
  int Signal;
  prctl(PR_GET_PDEATHSIG, &Signal);
  glob_t Paths = {.gl_offs = 2};
  int Globbed = glob("/etc/host*", GLOB_DOOFFS, NULL, &Paths);
  Sink = Globbed == 0 && !Paths.gl_pathv[0] && Paths.gl_pathv[2];
  globfree(&Paths);
  char *Text = malloc(9);
  memcpy(Text, "ab\xe9" "cd\xff" "ef", 9);
  char Out[3];
  memccpy(Out, Text, 0xe9, 1000);
  Sink = (char *)memchr(Text, 0xff, 1000) - Text;
  free(Text);
  fprintf(stderr, "clean %d %ld\n", Out[2] == '\xe9', Sink);
}

int main(int argc, char **argv) {
  const char *C = argv[1];
  if (!strcmp(C, "clean")) {
    clean();
    // CHECK: clean 1 5
    return 0;
  }
  void *Small = malloc(8);
  FILE *F = tmpfile();
  if (!strcmp(C, "fgetpos"))
    Sink = fgetpos(F, (fpos_t *)Small); // FGETPOS
  if (!strcmp(C, "fsetpos"))
    Sink = fsetpos(F, (fpos_t *)Small); // FSETPOS
  if (!strcmp(C, "timespec_get")) {
    long Seconds;
    Sink = timespec_get((struct timespec *)&Seconds, TIME_UTC); // TIMESPEC_GET
  }
  if (!strcmp(C, "timer_gettime")) {
    timer_t Timer;
    timer_create(CLOCK_MONOTONIC, NULL, &Timer);
    free(Small);
    Sink = timer_gettime(Timer, (struct itimerspec *)Small); // TIMER_GETTIME
  }
  if (!strcmp(C, "timer_settime")) {
    timer_t Timer;
    struct sigevent Event = {.sigev_notify = SIGEV_NONE};
    timer_create(CLOCK_MONOTONIC, &Event, &Timer);
    Sink = timer_settime(Timer, 0, (struct itimerspec *)Small, NULL); // TIMER_SETTIME
  }
  if (!strcmp(C, "getservbyname_r")) {
    char Names[1024];
    struct servent *Found;
    Sink = getservbyname_r("http", "tcp", (struct servent *)Small, Names, // GETSERV
                           sizeof Names, &Found);
  }
  if (!strcmp(C, "glob"))
    Sink = glob("/etc/host*", 0, NULL, (glob_t *)Small); // GLOB
  if (!strcmp(C, "pdeathsig")) {
    short Signal[2];
    Sink = prctl(PR_GET_PDEATHSIG, &Signal[1]); // PDEATHSIG
  }
  if (!strcmp(C, "seccomp")) {
    struct sock_fprog *Program = malloc(sizeof(*Program));
    free(Program);
    Sink = prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, Program); // SECCOMP
  }
  if (!strcmp(C, "memccpy")) {
    char Out[4];
    memcpy(Small, "abcd\xe9" "fgh", 8);
    Sink = (long)memccpy(Out, Small, 0xe9, 8); // MEMCCPY
  }
  free(Small);
  return 0;
}

// CASE: fgetpos heap-buffer-overflow FGETPOS
// CASE: fsetpos heap-buffer-overflow FSETPOS
// CASE: timespec_get stack-buffer-overflow TIMESPEC_GET
// CASE: timer_gettime heap-use-after-free TIMER_GETTIME
// CASE: timer_settime heap-buffer-overflow TIMER_SETTIME
// CASE: memccpy stack-buffer-overflow MEMCCPY
// CASE: getservbyname_r heap-buffer-overflow GETSERV
// CASE: glob heap-buffer-overflow GLOB
// CASE: pdeathsig stack-buffer-overflow PDEATHSIG
// CASE: seccomp heap-use-after-free SECCOMP
