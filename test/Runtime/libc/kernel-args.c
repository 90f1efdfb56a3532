// ===- test/Runtime/libc/kernel-args.c - what system calls read and write ---===//
//
// C library calls whose arguments go to the kernel (or into glibc's own
// buffers) out of ASan's sight, checked as Valgrind checks a system call's
// arguments (runtime/memscope_interceptors_extra.cpp,
// memscope_termination.cpp): the paths of chmod, truncate, symlink and
// utimensat and the times it sets, and of the *at family; statx's result;
// setsockopt's value; epoll_ctl's event; fcntl's lock; sched_setaffinity's
// mask; clock_nanosleep's request; exec's argument strings; fmemopen's
// buffer; temporary-name templates; setrlimit's limit; sigaltstack's stack;
// the 48-bit generators' state; inet_pton's and strptime's input; the
// environment entries getenv compares (one putenv left dangling);
// sendmsg's message before the send; recvfrom's address slot; the jump
// buffer longjmp reads; and
// strxfrm's and wcsxfrm's destination when the result did not fit
// (sanitizer_common checks it only when it did). Each error is reported at the program's call, -O0 and -O2;
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
#include <arpa/inet.h>
#include <dirent.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
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
  // The *at family, statx, getdents64, temporary names.
  char Dir[] = "/tmp/kernel-args-dir-XXXXXX";
  if (mkdtemp(Dir)) {
    int DirFd = open(Dir, O_RDONLY | O_DIRECTORY);
    Sink += mkdirat(DirFd, "sub", 0700) + fchmodat(DirFd, "sub", 0700, 0);
    Sink += renameat(DirFd, "sub", DirFd, "moved");
    struct statx Facts;
    Sink += statx(DirFd, "moved", 0, STATX_BASIC_STATS, &Facts);
    char Entries[1024];
    Sink += getdents64(DirFd, Entries, sizeof(Entries));
    Sink += unlinkat(DirFd, "moved", AT_REMOVEDIR);
    close(DirFd);
    rmdir(Dir);
  }
  struct rlimit Limit;
  getrlimit(RLIMIT_NOFILE, &Limit);
  Sink += setrlimit(RLIMIT_NOFILE, &Limit) + prlimit(0, RLIMIT_NOFILE, NULL, &Limit);
  stack_t Old;
  Sink += sigaltstack(NULL, &Old);
  unsigned short Seed[3] = {1, 2, 3};
  Sink += nrand48(Seed) + (long)erand48(Seed);
  unsigned char Address[16];
  char Text[64];
  Sink += inet_pton(AF_INET6, "::1", Address);
  Sink += (long)inet_ntop(AF_INET6, Address, Text, sizeof(Text));
  struct tm When;
  Sink += (long)strptime("2026-12-06", "%Y-%m-%d", &When);
  int Pair[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, Pair);
  char Byte = 'x';
  struct iovec Part = {&Byte, 1};
  struct msghdr Message = {.msg_iov = &Part, .msg_iovlen = 1};
  Sink += sendmsg(Pair[0], &Message, 0);
  struct sockaddr_un From;
  socklen_t FromLen = sizeof(From);
  Sink += recvfrom(Pair[1], &Byte, 1, 0, (struct sockaddr *)&From, &FromLen);
  close(Pair[0]);
  close(Pair[1]);
  jmp_buf Env;
  if (setjmp(Env) == 0)
    longjmp(Env, 1);
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
  if (!strcmp(C, "fchmodat"))
    Sink = fchmodat(AT_FDCWD, freedPath(), 0600, 0); // FCHMODAT
  if (!strcmp(C, "statx")) {
    struct statx *Short = malloc(64);
    Sink = statx(AT_FDCWD, "/", 0, STATX_BASIC_STATS, Short); // STATX
  }
  if (!strcmp(C, "mkdtemp")) {
    char *Template = strdup("/tmp/kernel-args-XXXXXX");
    free(Template);
    Sink = (long)mkdtemp(Template); // MKDTEMP
  }
  if (!strcmp(C, "setrlimit"))
    Sink = setrlimit(RLIMIT_NOFILE, freed(16)); // SETRLIMIT
  if (!strcmp(C, "sigaltstack"))
    Sink = sigaltstack(freed(24), NULL); // SIGALTSTACK
  if (!strcmp(C, "erand48"))
    Sink = (long)erand48(freed(6)); // ERAND48
  if (!strcmp(C, "inet_pton")) {
    char *Text = strdup("127.0.0.1");
    free(Text);
    unsigned char Address[4];
    Sink = inet_pton(AF_INET, Text, Address); // INET_PTON
  }
  if (!strcmp(C, "strptime")) {
    char *Text = strdup("2026-12-06");
    free(Text);
    struct tm When;
    Sink = (long)strptime(Text, "%Y", &When); // STRPTIME
  }
  if (!strcmp(C, "getenv")) {
    char *Entry = strdup("KERNEL_ARGS_GONE=1");
    putenv(Entry);
    free(Entry);
    Sink = (long)getenv("KERNEL_ARGS_OTHER"); // GETENV
  }
  if (!strcmp(C, "sendmsg")) {
    int Pair[2];
    socketpair(AF_UNIX, SOCK_DGRAM, 0, Pair);
    char Byte = 'x';
    struct iovec *Parts = malloc(sizeof(struct iovec));
    *Parts = (struct iovec){&Byte, 1};
    free(Parts);
    struct msghdr Message = {.msg_iov = Parts, .msg_iovlen = 1};
    Sink = sendmsg(Pair[0], &Message, 0); // SENDMSG
  }
  if (!strcmp(C, "recvfrom")) {
    int Pair[2];
    socketpair(AF_UNIX, SOCK_DGRAM, 0, Pair);
    send(Pair[0], "x", 1, 0);
    char Byte;
    struct sockaddr *From = malloc(4);
    socklen_t FromLen = sizeof(struct sockaddr_un);
    Sink = recvfrom(Pair[1], &Byte, 1, 0, From, &FromLen); // RECVFROM
  }
  if (!strcmp(C, "longjmp")) {
    jmp_buf *Env = malloc(sizeof(jmp_buf));
    if (setjmp(*Env) == 0) {
      free(Env);
      longjmp(*Env, 1); // LONGJMP
    }
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
// CASE: fchmodat heap-use-after-free FCHMODAT
// CASE: statx heap-buffer-overflow STATX
// CASE: mkdtemp heap-use-after-free MKDTEMP
// CASE: setrlimit heap-use-after-free SETRLIMIT
// CASE: sigaltstack heap-use-after-free SIGALTSTACK
// CASE: erand48 heap-use-after-free ERAND48
// CASE: inet_pton heap-use-after-free INET_PTON
// CASE: strptime heap-use-after-free STRPTIME
// CASE: getenv heap-use-after-free GETENV
// CASE: sendmsg heap-use-after-free SENDMSG
// CASE: recvfrom heap-buffer-overflow RECVFROM
// CASE: longjmp heap-use-after-free LONGJMP
