// ===- test/Runtime/libc/kernel-args.c - what system calls read and write ---===//
//
// C library calls whose arguments go to the kernel (or into glibc's own
// buffers) out of ASan's sight, checked as Valgrind checks a system call's
// arguments (runtime/memscope_interceptors_extra.cpp,
// memscope_termination.cpp): the paths of chmod, truncate, symlink and
// utimensat and the times it sets; setsockopt's value; epoll_ctl's event;
// fcntl's lock; sched_setaffinity's mask; clock_nanosleep's request; exec's
// argument strings; fmemopen's buffer; and strxfrm's and wcsxfrm's
// destination when the result did not fit (sanitizer_common checks it only
// when it did). Each error is reported at the program's call, -O0 and -O2;
// correct uses of all of them are silent.
//
// See also: libc-extra.c (more calls only Valgrind checked).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR

#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

volatile long Sink;

static void *freed(size_t Size) {
  void *P = malloc(Size);
  memset(P, 0, Size);
  free(P);
  return P;
}

static char *freedPath(void) {
  char *P = strdup("/tmp/kernel-args-gone");
  free(P);
  return P;
}

static void clean(void) {
  char Path[] = "/tmp/kernel-args-XXXXXX";
  int Fd = mkstemp(Path);
  Sink = chmod(Path, 0600) + truncate(Path, 4);
  char Link[sizeof(Path) + 4];
  snprintf(Link, sizeof(Link), "%s.ln", Path);
  Sink += symlink(Path, Link) + unlink(Link);
  struct timespec Times[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}};
  Sink += utimensat(AT_FDCWD, Path, Times, 0) + utimensat(AT_FDCWD, Path, NULL, 0);
  struct flock Lock = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
  Sink += fcntl(Fd, F_GETLK, &Lock) + fcntl(Fd, F_GETFL) + fcntl(Fd, F_SETFD, FD_CLOEXEC);
  close(Fd);
  unlink(Path);
  int Udp = socket(AF_INET, SOCK_DGRAM, 0), On = 1;
  Sink += setsockopt(Udp, SOL_SOCKET, SO_REUSEADDR, &On, sizeof(On));
  int Poll = epoll_create1(0);
  struct epoll_event Event = {.events = EPOLLIN};
  Sink += epoll_ctl(Poll, EPOLL_CTL_ADD, Udp, &Event) +
          epoll_ctl(Poll, EPOLL_CTL_DEL, Udp, NULL);
  close(Poll);
  close(Udp);
  cpu_set_t Cpus;
  if (sched_getaffinity(0, sizeof(Cpus), &Cpus) == 0)
    Sink += sched_setaffinity(0, sizeof(Cpus), &Cpus);
  struct timespec Nap = {0, 1000};
  Sink += clock_nanosleep(CLOCK_MONOTONIC, 0, &Nap, NULL);
  char Key[4];
  Sink += strxfrm(Key, "abc", sizeof(Key)) + strxfrm(NULL, "longer", 0);
  wchar_t WideKey[4];
  Sink += wcsxfrm(WideKey, L"abc", 4);
  char Backing[8];
  FILE *Memory = fmemopen(Backing, sizeof(Backing), "w");
  fputs("abcdefghijkl", Memory);
  fclose(Memory);
  char *Grown;
  size_t GrownSize;
  FILE *Growing = open_memstream(&Grown, &GrownSize);
  fputs("grown", Growing);
  fclose(Growing);
  printf("clean %s %zu\n", Grown, GrownSize);
  free(Grown);
  // CHECK: clean grown 5
}

int main(int Argc, char **Argv) {
  const char *C = Argv[1];
  if (!strcmp(C, "clean"))
    clean();
  if (!strcmp(C, "chmod"))
    Sink = chmod(freedPath(), 0600); // CHMOD
  if (!strcmp(C, "truncate"))
    Sink = truncate(freedPath(), 0); // TRUNCATE
  if (!strcmp(C, "symlink"))
    Sink = symlink("/tmp", freedPath()); // SYMLINK
  if (!strcmp(C, "utimensat"))
    Sink = utimensat(AT_FDCWD, "/tmp", freed(32), 0); // UTIMENSAT
  if (!strcmp(C, "setsockopt")) {
    int Udp = socket(AF_INET, SOCK_DGRAM, 0);
    Sink = setsockopt(Udp, SOL_SOCKET, SO_REUSEADDR, freed(4), 4); // SETSOCKOPT
  }
  if (!strcmp(C, "epoll_ctl")) {
    int Poll = epoll_create1(0);
    Sink = epoll_ctl(Poll, EPOLL_CTL_ADD, 0, freed(16)); // EPOLL_CTL
  }
  if (!strcmp(C, "fcntl")) {
    struct flock *Short = malloc(16);
    Sink = fcntl(0, F_GETLK, Short); // FCNTL
  }
  if (!strcmp(C, "sched_setaffinity")) {
    cpu_set_t *Cpus = malloc(8);
    memset(Cpus, 0xff, 8);
    Sink = sched_setaffinity(0, sizeof(cpu_set_t), Cpus); // SCHED_SETAFFINITY
  }
  if (!strcmp(C, "clock_nanosleep"))
    Sink = clock_nanosleep(CLOCK_MONOTONIC, 0, freed(16), NULL); // CLOCK_NANOSLEEP
  if (!strcmp(C, "execv")) {
    char *Arg = strdup("/bin/true");
    char *Args[] = {Arg, NULL};
    free(Arg);
    Sink = execv("/bin/true", Args); // EXECV
  }
  if (!strcmp(C, "fmemopen")) {
    char *Backing = malloc(8);
    Sink = (long)fmemopen(Backing, 64, "w"); // FMEMOPEN
  }
  if (!strcmp(C, "strxfrm")) {
    char *Key = malloc(4);
    Sink = strxfrm(Key, "longer than four", 16); // STRXFRM
  }
  if (!strcmp(C, "wcsxfrm")) {
    wchar_t *Key = malloc(2 * sizeof(wchar_t));
    Sink = wcsxfrm(Key, L"wider", 5); // WCSXFRM
  }
  return 0;
}

// CASE: chmod heap-use-after-free CHMOD
// CASE: truncate heap-use-after-free TRUNCATE
// CASE: symlink heap-use-after-free SYMLINK
// CASE: utimensat heap-use-after-free UTIMENSAT
// CASE: setsockopt heap-use-after-free SETSOCKOPT
// CASE: epoll_ctl heap-use-after-free EPOLL_CTL
// CASE: fcntl heap-buffer-overflow FCNTL
// CASE: sched_setaffinity heap-buffer-overflow SCHED_SETAFFINITY
// CASE: clock_nanosleep heap-use-after-free CLOCK_NANOSLEEP
// CASE: execv heap-use-after-free EXECV
// CASE: fmemopen heap-buffer-overflow FMEMOPEN
// CASE: strxfrm heap-buffer-overflow STRXFRM
// CASE: wcsxfrm heap-buffer-overflow WCSXFRM
