// ===- test/Runtime/libc/system-calls.c - more calls only Valgrind checked -===//
//
// C library calls whose errors Valgrind reports and ASan does not
// (runtime/memscope_interceptors_system.cpp, and dlopen, posix_spawn and
// swapcontext in their own files): I/O vectors and file offsets, System V
// IPC and message queues, asynchronous I/O, terminals, option parsing,
// search tables, the random generators' states, time adjustment, names
// and paths, results written into the program's buffers; and the buffers
// setjmp and getcontext fill (checked by the pass before the call). Each
// error is reported at the program's call, -O0 and -O2; correct uses of
// all of them are silent.
//
// See also: kernel-args.c, libc-extra.c (the first set).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t -lrt -lutil
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 %s -o %t -lrt -lutil
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR

#define _GNU_SOURCE
#include <aio.h>
#include <arpa/inet.h>
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <ftw.h>
#include <getopt.h>
#include <iconv.h>
#include <mqueue.h>
#include <netdb.h>
#include <pty.h>
#include <search.h>
#include <setjmp.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/sendfile.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>
#include <wordexp.h>

extern char **environ;
volatile long Sink;

static void *freed(size_t Size) {
  void *P = calloc(1, Size);
  free(P);
  return P;
}

static char *freedString(const char *S) {
  char *P = strdup(S);
  free(P);
  return P;
}

static int compareInts(const void *A, const void *B) {
  return *(const int *)A - *(const int *)B;
}

static void visit(const void *Node, VISIT Order, int Depth) {
  (void)Node, (void)Order, (void)Depth;
}

static int visitPath(const char *Path, const struct stat *St, int Flag) {
  (void)Path, (void)St, (void)Flag;
  return 0;
}

static void clean(void) {
  // Vectors and offsets.
  int Zero = open("/dev/zero", O_RDONLY);
  char A[8], B[8];
  struct iovec Vec[2] = {{A, sizeof A}, {B, sizeof B}};
  Sink = readv(Zero, Vec, 2);
  int Null = open("/dev/null", O_WRONLY);
  Sink = writev(Null, Vec, 2);
  int Passwd = open("/etc/passwd", O_RDONLY);
  off_t Offset = 0;
  Sink = sendfile(Null, Passwd, &Offset, 8);
  int Pipe[2];
  Sink = pipe(Pipe);
  loff_t InOffset = 0;
  Sink = splice(Passwd, &InOffset, Pipe[1], NULL, 8, 0);
  // IPC: the calls may fail where the kernel forbids them; the program's
  // memory is right either way.
  int Queue = msgget(IPC_PRIVATE, 0600);
  struct msqid_ds QueueInfo;
  Sink = msgctl(Queue, IPC_STAT, &QueueInfo);
  Sink = msgctl(Queue, IPC_RMID, NULL);
  int Sems = semget(IPC_PRIVATE, 1, 0600);
  struct sembuf Op = {0, 1, 0};
  Sink = semop(Sems, &Op, 1);
  struct semid_ds SemInfo;
  Sink = semctl(Sems, 0, IPC_STAT, &SemInfo);
  Sink = semctl(Sems, 0, IPC_RMID);
  struct mq_attr Attr = {0, 4, 64, 0};
  mqd_t Mq = mq_open("/memscope-system-calls", O_RDWR | O_CREAT, 0600, &Attr);
  mq_unlink("/memscope-system-calls");
  if (Mq != (mqd_t)-1) {
    Sink = mq_send(Mq, "0123456789abcdef", 16, 0);
    char Msg[64];
    unsigned Priority;
    Sink = mq_receive(Mq, Msg, sizeof Msg, &Priority);
    Sink = mq_getattr(Mq, &Attr);
    mq_close(Mq);
  }
  // Asynchronous I/O.
  char Data[64];
  struct aiocb Cb = {0};
  Cb.aio_fildes = Passwd;
  Cb.aio_buf = Data;
  Cb.aio_nbytes = sizeof Data;
  if (aio_read(&Cb) == 0) {
    const struct aiocb *List[1] = {&Cb};
    Sink = aio_suspend(List, 1, NULL);
    Sink = aio_error(&Cb) + aio_return(&Cb);
  }
  // Option parsing.
  char *Args[] = {"prog", "-a", "--long", "value", NULL};
  struct option Long[] = {{"long", required_argument, NULL, 'l'}, {0}};
  optind = 1;
  while (getopt_long(4, Args, "a", Long, NULL) != -1)
    ;
  char Opts[] = "ro,size=10";
  char *OptsP = Opts, *Value;
  char *const Tokens[] = {"ro", "size", NULL};
  while (*OptsP)
    Sink = getsubopt(&OptsP, Tokens, &Value);
  // Search tables.
  hcreate(8);
  ENTRY Item = {"key", NULL};
  Sink = (long)hsearch(Item, ENTER) + (long)hsearch(Item, FIND);
  hdestroy();
  void *Root = NULL;
  static int Keys[] = {3, 1, 2};
  for (int I = 0; I < 3; I++)
    tsearch(&Keys[I], &Root, compareInts);
  twalk(Root, visit);
  tdelete(&Keys[0], &Root, compareInts);
  // Random generators' states.
  char State[64];
  initstate(1, State, sizeof State);
  struct random_data Rd = {0};
  char StateR[64];
  initstate_r(2, StateR, sizeof StateR, &Rd);
  srandom_r(5, &Rd);
  struct drand48_data D48;
  srand48_r(7, &D48);
  // Time.
  struct timeval Old;
  Sink = adjtime(NULL, &Old);
  struct tm Tm = {.tm_year = 100, .tm_mday = 1};
  Sink = timelocal(&Tm);
  // Names and paths.
  Sink = pathconf("/", _PC_NAME_MAX);
  Sink = ftw("/dev/null", visitPath, 4);
  iconv_t Cd = iconv_open("UTF-8", "ISO-8859-1");
  if (Cd != (iconv_t)-1)
    iconv_close(Cd);
  void *Lib = dlopen("libm.so.6", RTLD_NOW);
  Dl_info Info;
  Sink = dladdr((void *)&printf, &Info);
  if (Lib)
    dlclose(Lib);
  Sink = system("true");
  pid_t Child;
  posix_spawnattr_t SpawnAttr;
  posix_spawnattr_init(&SpawnAttr);
  short SpawnFlags;
  posix_spawnattr_getflags(&SpawnAttr, &SpawnFlags);
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  posix_spawn_file_actions_addopen(&Actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_destroy(&Actions);
  struct epoll_event Events[4];
  int Epoll = epoll_create1(0);
  Sink = epoll_pwait(Epoll, Events, 4, 0, NULL);
  close(Epoll);
  char *TrueArgs[] = {"true", NULL};
  if (posix_spawn(&Child, "/bin/true", NULL, &SpawnAttr, TrueArgs, environ) == 0)
    waitpid(Child, NULL, 0);
  posix_spawnattr_destroy(&SpawnAttr);
  // Results into the program's buffers.
  char Number[16];
  Sink = strfromd(Number, sizeof Number, "%g", 2.5);
  struct sockaddr_in Sa = {.sin_family = AF_INET};
  Sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  char Host[64];
  Sink = getnameinfo((struct sockaddr *)&Sa, sizeof Sa, Host, sizeof Host,
                     NULL, 0, NI_NUMERICHOST);
  wordexp_t Words;
  if (wordexp("a b", &Words, WRDE_NOCMD) == 0)
    wordfree(&Words);
  jmp_buf Env;
  if (setjmp(Env) == 0)
    longjmp(Env, 1);
  sigjmp_buf SigEnv;
  if (sigsetjmp(SigEnv, 1) == 0)
    siglongjmp(SigEnv, 1);
  ucontext_t Here;
  Sink = getcontext(&Here);
  printf("clean %s %s\n", Number, Host);
  // CHECK: clean 2.5 127.0.0.1
}

int main(int Argc, char **Argv) {
  const char *C = Argc > 1 ? Argv[1] : "";
  if (!strcmp(C, "clean"))
    clean();
  if (!strcmp(C, "readv")) {
    int Zero = open("/dev/zero", O_RDONLY);
    char Buf[16];
    struct iovec *Vec = malloc(sizeof *Vec);
    Vec->iov_base = Buf;
    Vec->iov_len = sizeof Buf;
    free(Vec);
    Sink = readv(Zero, Vec, 1); // READV
  }
  if (!strcmp(C, "sendfile")) {
    int In = open("/etc/passwd", O_RDONLY), Out = open("/dev/null", O_WRONLY);
    off_t *Offset = malloc(4);
    Sink = sendfile(Out, In, Offset, 8); // SENDFILE
  }
  if (!strcmp(C, "splice")) {
    int Pipe[2];
    Sink = pipe(Pipe);
    int In = open("/etc/passwd", O_RDONLY);
    loff_t *Offset = malloc(4);
    Sink = splice(In, Offset, Pipe[1], NULL, 8, 0); // SPLICE
  }
  if (!strcmp(C, "msgctl")) {
    struct msqid_ds *Info = malloc(8);
    Sink = msgctl(0, IPC_STAT, Info); // MSGCTL
  }
  if (!strcmp(C, "semop")) {
    struct sembuf *Op = freed(sizeof *Op);
    Sink = semop(0, Op, 1); // SEMOP
  }
  if (!strcmp(C, "mq_getattr")) {
    struct mq_attr *Attr = malloc(8);
    Sink = mq_getattr(0, Attr); // MQ_GETATTR
  }
  if (!strcmp(C, "aio_read")) {
    struct aiocb Cb = {0};
    Cb.aio_fildes = open("/etc/passwd", O_RDONLY);
    Cb.aio_buf = freed(64);
    Cb.aio_nbytes = 64;
    Sink = aio_read(&Cb); // AIO_READ
  }
  if (!strcmp(C, "aio_error")) {
    struct aiocb *Cb = freed(sizeof *Cb);
    Sink = aio_error(Cb); // AIO_ERROR
  }
  if (!strcmp(C, "openpty")) {
    int Master, Slave;
    struct termios *Settings = freed(sizeof *Settings);
    Sink = openpty(&Master, &Slave, NULL, Settings, NULL); // OPENPTY
  }
  if (!strcmp(C, "getopt")) {
    char *Args[] = {"prog", "-a", NULL};
    Sink = getopt(2, Args, freedString("a")); // GETOPT
  }
  if (!strcmp(C, "hsearch")) {
    hcreate(8);
    ENTRY Item = {freedString("key"), NULL};
    Sink = (long)hsearch(Item, FIND); // HSEARCH
  }
  if (!strcmp(C, "twalk")) {
    void *Root = NULL;
    static int Key = 1;
    tsearch(&Key, &Root, compareInts);
    free(Root);
    twalk(Root, visit); // TWALK
  }
  if (!strcmp(C, "initstate")) {
    char *State = malloc(8);
    Sink = (long)initstate(1, State, 64); // INITSTATE
  }
  if (!strcmp(C, "srandom_r")) {
    struct random_data *Rd = freed(sizeof *Rd);
    Sink = srandom_r(5, Rd); // SRANDOM_R
  }
  if (!strcmp(C, "adjtime")) {
    struct timeval *Old = malloc(4);
    Sink = adjtime(NULL, Old); // ADJTIME
  }
  if (!strcmp(C, "system"))
    Sink = system(freedString("true")); // SYSTEM
  if (!strcmp(C, "dlopen"))
    Sink = (long)dlopen(freedString("libm.so.6"), RTLD_NOW); // DLOPEN
  if (!strcmp(C, "iconv_open"))
    Sink = (long)iconv_open(freedString("UTF-8"), "ISO-8859-1"); // ICONV_OPEN
  if (!strcmp(C, "ftw"))
    Sink = ftw(freedString("/dev/null"), visitPath, 4); // FTW
  if (!strcmp(C, "posix_spawn")) {
    posix_spawnattr_t *Attr = malloc(sizeof *Attr);
    posix_spawnattr_init(Attr);
    free(Attr);
    char *TrueArgs[] = {"true", NULL};
    pid_t Child;
    Sink = posix_spawn(&Child, "/bin/true", NULL, Attr, TrueArgs, environ); // POSIX_SPAWN
  }
  if (!strcmp(C, "posix_spawnattr_init")) {
    posix_spawnattr_t *Attr = freed(sizeof *Attr);
    Sink = posix_spawnattr_init(Attr); // POSIX_SPAWNATTR_INIT
  }
  if (!strcmp(C, "epoll_pwait")) {
    struct epoll_event *Events = malloc(4);
    sigset_t Mask;
    sigemptyset(&Mask);
    Sink = epoll_pwait(epoll_create1(0), Events, 4, 0, &Mask); // EPOLL_PWAIT
  }
  if (!strcmp(C, "strfromd")) {
    char *Dst = malloc(2);
    Sink = strfromd(Dst, 64, "%f", 3.14159); // STRFROMD
  }
  if (!strcmp(C, "getnameinfo")) {
    struct sockaddr_in *Sa = freed(sizeof *Sa);
    char Host[64];
    Sink = getnameinfo((struct sockaddr *)Sa, sizeof *Sa, Host, sizeof Host, NULL, 0, NI_NUMERICHOST); // GETNAMEINFO
  }
  if (!strcmp(C, "swapcontext")) {
    ucontext_t *Saved = freed(sizeof *Saved);
    ucontext_t Here;
    getcontext(&Here);
    static volatile int Done;
    if (!Done) {
      Done = 1;
      swapcontext(Saved, &Here); // SWAPCONTEXT
    }
  }
  if (!strcmp(C, "setjmp")) {
    jmp_buf *Env = malloc(8);
    if (setjmp(*Env) == 0) // SETJMP
      Sink = 1;
  }
  if (!strcmp(C, "getcontext")) {
    ucontext_t *Context = malloc(16);
    Sink = getcontext(Context); // GETCONTEXT
  }
  if (!strcmp(C, "wordfree")) {
    wordexp_t *Words = malloc(sizeof *Words);
    wordexp("a b", Words, WRDE_NOCMD);
    free(Words);
    wordfree(Words); // WORDFREE
  }
  return 0;
}

// CASE: readv heap-use-after-free READV
// CASE: sendfile heap-buffer-overflow SENDFILE
// CASE: splice heap-buffer-overflow SPLICE
// CASE: msgctl heap-buffer-overflow MSGCTL
// CASE: semop heap-use-after-free SEMOP
// CASE: mq_getattr heap-buffer-overflow MQ_GETATTR
// CASE: aio_read heap-use-after-free AIO_READ
// CASE: aio_error heap-use-after-free AIO_ERROR
// CASE: openpty heap-use-after-free OPENPTY
// CASE: getopt heap-use-after-free GETOPT
// CASE: hsearch heap-use-after-free HSEARCH
// CASE: twalk heap-use-after-free TWALK
// CASE: initstate heap-buffer-overflow INITSTATE
// CASE: srandom_r heap-use-after-free SRANDOM_R
// CASE: adjtime heap-buffer-overflow ADJTIME
// CASE: system heap-use-after-free SYSTEM
// CASE: dlopen heap-use-after-free DLOPEN
// CASE: iconv_open heap-use-after-free ICONV_OPEN
// CASE: ftw heap-use-after-free FTW
// CASE: posix_spawn heap-use-after-free POSIX_SPAWN
// CASE: posix_spawnattr_init heap-use-after-free POSIX_SPAWNATTR_INIT
// CASE: epoll_pwait heap-buffer-overflow EPOLL_PWAIT
// CASE: strfromd heap-buffer-overflow STRFROMD
// CASE: getnameinfo heap-use-after-free GETNAMEINFO
// CASE: swapcontext heap-use-after-free SWAPCONTEXT
// CASE: wordfree heap-use-after-free WORDFREE
// CASE: setjmp heap-buffer-overflow SETJMP
// CASE: getcontext heap-buffer-overflow GETCONTEXT
