// ===- test/Runtime/libc/libc-extra.c - calls only Valgrind checked ---------===
//
// C library calls that neither ASan nor sanitizer_common check and whose
// heap errors Valgrind reports (it sees libc's own accesses; memscope sees
// them through runtime/memscope_interceptors_extra.cpp): the wide string
// functions, strsep, memccpy, stpncpy, swab, basename and dirname, the
// strtoul family, sigaction and the sigset functions, getrlimit, getrusage,
// fstat, socketpair, gethostname, nanosleep, dprintf, perror, access,
// rename, mkstemp, mbtowc, select, open, strcoll, memfrob, timegm, gcvt,
// getgrouplist, random_r, drand48_r, ctermid, wcscasecmp, wcstok,
// fnmatch, getenv, setenv, lsearch, stat, prctl, cuserid, the *_unlocked
// stdio calls, rawmemchr, and the socket addresses connect, bind and sendto
// read; pthread_setname_np
// (which ASan checks only with strict_string_checks); and index and rindex,
// which ASan checks as strchr. Each error is reported at the program's
// call, -O0 and -O2; correct uses of all of them are silent.
//
// See also: more-calls.c, libc-calls.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR

#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <grp.h>
#include <libgen.h>
#include <pthread.h>
#include <search.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

volatile long Sink;
char *volatile Text;

// Sixteen wide characters, none of them a terminator.
static wchar_t *wideUnterminated(void) {
  wchar_t *W = malloc(16 * sizeof(wchar_t));
  wmemset(W, L'a', 16);
  return W;
}

// Sixteen characters, none of them a terminator.
static char *unterminated(void) {
  char *S = malloc(16);
  memset(S, 'a', 16);
  return S;
}

// Sixteen digits, no terminator.
static char *digits(void) {
  char *S = malloc(16);
  memset(S, '7', 16);
  return S;
}

static void *freed(size_t Size) {
  void *P = malloc(Size);
  free(P);
  return P;
}

static int differ(const void *A, const void *B) {
  return *(const int *)A != *(const int *)B;
}

static void clean(void) {
  wchar_t W[16] = L"key=value";
  wchar_t Copy[16];
  wchar_t *End;
  Sink = (long)wcschr(W, L'=') + (long)wcsrchr(W, L'e') + (long)wcsstr(W, L"val");
  Sink += wcscmp(W, L"key") + wcsncmp(W, L"key", 3) + wcsspn(W, L"key");
  Sink += wcscspn(W, L"=") + (long)wcspbrk(W, L"=") + (long)wmemchr(W, L'v', 9);
  Sink += wmemcmp(W, L"key", 3) + (long)wcpcpy(Copy, W) + (long)wcpncpy(Copy, W, 16);
  Sink += (long)wmempcpy(Copy, W, 4) + wcstol(L"42x", &End, 10) + wcstoul(L"7", NULL, 10);
  Sink += (long)wcstod(L"1.5", &End);
  char Line[] = "a,b";
  char *Rest = Line;
  Text = strsep(&Rest, ",");
  char Out[8];
  Text = memccpy(Out, "ab,c", ',', 4);
  Text = stpncpy(Out, "abc", 8);
  swab("abcd", Out, 4);
  char Path[] = "/usr/lib/x";
  Text = basename(Path);
  Text = dirname(Path);
  Sink += (long)index("abc", 'b') + (long)rindex("abc", 'c');
  Sink += strtoul("12", NULL, 10) + strtoull("34", NULL, 10);
  struct sigaction Act, Old;
  memset(&Act, 0, sizeof(Act));
  Act.sa_handler = SIG_IGN;
  sigaction(SIGUSR2, &Act, &Old);
  sigset_t Set;
  sigemptyset(&Set);
  sigaddset(&Set, SIGUSR1);
  sigdelset(&Set, SIGUSR2);
  Sink += sigismember(&Set, SIGUSR1);
  struct rlimit Limit;
  struct rusage Usage;
  struct stat Stat;
  int Fds[2];
  Sink += getrlimit(RLIMIT_STACK, &Limit) + getrusage(RUSAGE_SELF, &Usage) + fstat(0, &Stat);
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, Fds) == 0)
    close(Fds[0]), close(Fds[1]);
  char Host[256];
  Sink += gethostname(Host, sizeof(Host));
  struct timespec Nap = {0, 1000};
  Sink += nanosleep(&Nap, NULL);
  dprintf(1, "%s ", "dprintf");
  Sink += access("/", R_OK) + mbtowc(Copy, "a", 1);
  char Template[] = "/tmp/libc-extra-XXXXXX";
  int Fd = mkstemp(Template);
  if (Fd >= 0) {
    close(Fd);
    char Moved[sizeof(Template) + 4];
    snprintf(Moved, sizeof(Moved), "%s.mv", Template);
    if (rename(Template, Moved) == 0)
      unlink(Moved);
  }
  int Dir = open("/", O_RDONLY | O_DIRECTORY);
  if (Dir >= 0) {
    int Same = openat(Dir, ".", O_RDONLY);
    if (Same >= 0)
      close(Same);
    close(Dir);
  }
  Sink += strcoll("abc", "abd") + strverscmp("a10", "a9");
  char Frob[4] = "abc";
  memfrob(Frob, 3);
  struct tm Epoch = {0};
  Epoch.tm_year = 70;
  Epoch.tm_mday = 1;
  char Digits[32];
  int Point, Sign;
  Sink += timegm(&Epoch) + inet_addr("127.0.0.1") + (long)gcvt(1.5, 4, Digits);
  Sink += ecvt_r(2.5, 4, &Point, &Sign, Digits, sizeof(Digits));
  wchar_t Date[32];
  Sink += wcsftime(Date, 32, L"%Y", &Epoch) + wcscoll(L"a", L"b");
  gid_t Groups[64];
  int NGroups = 64;
  Sink += getgrouplist("root", 0, Groups, &NGroups);
  struct random_data Generator = {0};
  char State[64];
  int32_t Random;
  initstate_r(1, State, sizeof(State), &Generator);
  Sink += random_r(&Generator, &Random);
  struct drand48_data Rand48;
  double Uniform;
  srand48_r(7, &Rand48);
  Sink += drand48_r(&Rand48, &Uniform) + wcscasecmp(L"Key", L"kEY");
  char Terminal[L_ctermid];
  Text = ctermid(Terminal);
  fd_set Ready;
  FD_ZERO(&Ready);
  FD_SET(0, &Ready);
  struct timeval Zero = {0, 0};
  Sink += select(1, &Ready, NULL, NULL, &Zero);
  wchar_t Tokens[] = L",a,,b", *Save;
  for (wchar_t *T = wcstok(Tokens, L",", &Save); T;
       T = wcstok(NULL, L",", &Save))
    Sink += *T;
  Sink += fnmatch("*.c", "x.c", 0) + (long)getenv("HOME");
  setenv("MEMSCOPE_TEST_VAR", "1", 1);
  Sink += (long)getenv("MEMSCOPE_TEST_VAR") + unsetenv("MEMSCOPE_TEST_VAR");
  int Table[4] = {1, 2};
  size_t Used = 2;
  int Key = 3;
  Sink += (long)lsearch(&Key, Table, &Used, sizeof(int), differ);
  Sink += (long)lfind(&Key, Table, &Used, sizeof(int), differ);
  Sink += stat("/", &Stat) + lstat("/", &Stat);
  prctl(PR_SET_NAME, "a-name-longer-than-fifteen");
  char Name[16];
  Sink += prctl(PR_GET_NAME, Name) + pthread_setname_np(pthread_self(), "main");
  char User[9];
  Text = cuserid(User);
  // Exact fits for the stdio calls without the stream's lock.
  char Got[4];
  FILE *Sunk = fopen("/dev/null", "w");
  fputs_unlocked("abc", Sunk);
  Sink += fwrite_unlocked("abc\n", 1, 4, Sunk);
  fclose(Sunk);
  FILE *Zeros = fopen("/dev/zero", "r");
  Sink += fread_unlocked(Got, 1, sizeof(Got), Zeros);
  Sink += (long)fgets_unlocked(Got, sizeof(Got), Zeros);
  fclose(Zeros);
  Sink += (long)rawmemchr(Name, 0);
  // A datagram socket bound to a free port, sending itself a byte.
  struct sockaddr_in Here = {.sin_family = AF_INET};
  Here.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t HereLen = sizeof(Here);
  int Udp = socket(AF_INET, SOCK_DGRAM, 0);
  Sink += bind(Udp, (struct sockaddr *)&Here, sizeof(Here));
  Sink += getsockname(Udp, (struct sockaddr *)&Here, &HereLen);
  Sink += sendto(Udp, "x", 1, 0, (struct sockaddr *)&Here, sizeof(Here));
  Sink += connect(Udp, (struct sockaddr *)&Here, sizeof(Here));
  Sink += send(Udp, "y", 1, 0);
  close(Udp);
  printf("clean\n");
  // CHECK: dprintf clean
}

int main(int Argc, char **Argv) {
  const char *C = Argv[1];
  if (!strcmp(C, "clean"))
    clean();
  if (!strcmp(C, "wcschr"))
    Sink = (long)wcschr(wideUnterminated(), L'z'); // WCSCHR
  if (!strcmp(C, "wcscmp")) {
    wchar_t *A = wideUnterminated(), *B = wideUnterminated();
    Sink = wcscmp(A, B); // WCSCMP
  }
  if (!strcmp(C, "wcsspn"))
    Sink = wcsspn(wideUnterminated(), L"a"); // WCSSPN
  if (!strcmp(C, "wcpcpy")) {
    wchar_t *Dst = malloc(4 * sizeof(wchar_t));
    Sink = (long)wcpcpy(Dst, L"longer"); // WCPCPY
  }
  if (!strcmp(C, "wcstol"))
    Sink = wcstol(freed(16), NULL, 10); // WCSTOL
  if (!strcmp(C, "strsep")) {
    char *S = unterminated();
    Sink = (long)strsep(&S, ","); // STRSEP
  }
  if (!strcmp(C, "memccpy")) {
    char *Dst = malloc(16);
    Sink = (long)memccpy(Dst, "0123456789abcdefghij", 'z', 20); // MEMCCPY
  }
  if (!strcmp(C, "stpncpy")) {
    char *Dst = malloc(16);
    Sink = (long)stpncpy(Dst, "short", 24); // STPNCPY
  }
  if (!strcmp(C, "dirname"))
    Sink = (long)dirname(unterminated()); // DIRNAME
  if (!strcmp(C, "index"))
    Sink = (long)index(unterminated(), 'z'); // INDEX
  if (!strcmp(C, "rindex"))
    Sink = (long)rindex(unterminated(), 'a'); // RINDEX
  if (!strcmp(C, "strtoul"))
    Sink = strtoul(digits(), NULL, 10); // STRTOUL
  if (!strcmp(C, "sigaction"))
    Sink = sigaction(SIGUSR2, NULL, freed(sizeof(struct sigaction))); // SIGACTION
  if (!strcmp(C, "sigaddset"))
    Sink = sigaddset(freed(sizeof(sigset_t)), SIGUSR1); // SIGADDSET
  if (!strcmp(C, "getrusage"))
    Sink = getrusage(RUSAGE_SELF, freed(sizeof(struct rusage))); // GETRUSAGE
  if (!strcmp(C, "fstat"))
    Sink = fstat(0, freed(sizeof(struct stat))); // FSTAT
  if (!strcmp(C, "gethostname"))
    Sink = gethostname(freed(64), 64); // GETHOSTNAME
  if (!strcmp(C, "nanosleep"))
    Sink = nanosleep(freed(sizeof(struct timespec)), NULL); // NANOSLEEP
  if (!strcmp(C, "dprintf"))
    Sink = dprintf(1, "%s\n", (char *)freed(16)); // DPRINTF
  if (!strcmp(C, "perror"))
    perror(freed(16)); // PERROR
  if (!strcmp(C, "access"))
    Sink = access(unterminated(), R_OK); // ACCESS
  if (!strcmp(C, "mbtowc"))
    Sink = mbtowc(NULL, freed(16), 4); // MBTOWC
  if (!strcmp(C, "select")) {
    fd_set *Fds = malloc(8); // 64 descriptors' worth
    memset(Fds, 0, 8);
    struct timeval Zero = {0, 0};
    Sink = select(200, Fds, NULL, NULL, &Zero); // SELECT
  }
  if (!strcmp(C, "connect"))
    Sink = connect(socket(AF_INET, SOCK_DGRAM, 0), freed(16), 16); // CONNECT
  if (!strcmp(C, "bind")) {
    struct sockaddr_in *Short = malloc(8);
    memset(Short, 0, 8);
    int Fd = socket(AF_INET, SOCK_DGRAM, 0);
    Sink = bind(Fd, (struct sockaddr *)Short, sizeof(*Short)); // BIND
  }
  if (!strcmp(C, "sendto"))
    Sink = sendto(socket(AF_INET, SOCK_DGRAM, 0), "x", 1, 0, freed(16), 16); // SENDTO
  if (!strcmp(C, "open"))
    Sink = open(freed(32), O_RDONLY); // OPEN
  if (!strcmp(C, "strcoll")) {
    char *A = unterminated(), *B = unterminated();
    Sink = strcoll(A, B); // STRCOLL
  }
  if (!strcmp(C, "memfrob"))
    Sink = (long)memfrob(malloc(16), 24); // MEMFROB
  if (!strcmp(C, "timegm"))
    Sink = timegm(freed(sizeof(struct tm))); // TIMEGM
  if (!strcmp(C, "gcvt"))
    Sink = (long)gcvt(-1.234567e100, 17, malloc(8)); // GCVT
  if (!strcmp(C, "getgrouplist")) {
    int N = 64;
    Sink = getgrouplist("root", 0, freed(64 * sizeof(gid_t)), &N); // GETGROUPLIST
  }
  if (!strcmp(C, "random_r")) {
    struct random_data *Generator = calloc(1, sizeof(*Generator));
    char *State = malloc(64);
    int32_t Random;
    initstate_r(1, State, 64, Generator);
    free(State);
    Sink = random_r(Generator, &Random); // RANDOM_R
  }
  if (!strcmp(C, "drand48_r")) {
    double Uniform;
    Sink = drand48_r(freed(sizeof(struct drand48_data)), &Uniform); // DRAND48_R
  }
  if (!strcmp(C, "wcscasecmp")) {
    wchar_t *A = wideUnterminated(), *B = wideUnterminated();
    Sink = wcscasecmp(A, B); // WCSCASECMP
  }
  if (!strcmp(C, "wcstok")) {
    wchar_t *Save;
    Sink = (long)wcstok(wideUnterminated(), L",", &Save); // WCSTOK
  }
  if (!strcmp(C, "fgets_unlocked")) {
    char *Line = malloc(8);
    Sink = (long)fgets_unlocked(Line, 20, stdin); // FGETS_UNLOCKED
  }
  if (!strcmp(C, "fputs_unlocked"))
    Sink = fputs_unlocked(unterminated(), stdout); // FPUTS_UNLOCKED
  if (!strcmp(C, "fread_unlocked")) {
    char *Buf = malloc(8);
    Sink = fread_unlocked(Buf, 1, 16, stdin); // FREAD_UNLOCKED
  }
  if (!strcmp(C, "fwrite_unlocked"))
    Sink = fwrite_unlocked(freed(16), 1, 16, stdout); // FWRITE_UNLOCKED
  if (!strcmp(C, "rawmemchr")) {
    char *S = strdup("aaaaaaaaaaaabaaa");
    free(S);
    Sink = (long)rawmemchr(S + 8, 'b'); // RAWMEMCHR
  }
  if (!strcmp(C, "fnmatch"))
    Sink = fnmatch("*", unterminated(), 0); // FNMATCH
  if (!strcmp(C, "getenv"))
    Sink = (long)getenv(freed(16)); // GETENV
  if (!strcmp(C, "setenv"))
    Sink = setenv("MEMSCOPE_TEST_VAR", unterminated(), 1); // SETENV
  if (!strcmp(C, "lsearch")) {
    int *Table = calloc(2, sizeof(int));
    size_t Used = 2;
    int Key = 3;
    Sink = (long)lsearch(&Key, Table, &Used, sizeof(int), differ); // LSEARCH
  }
  if (!strcmp(C, "stat")) {
    struct stat Stat;
    Sink = stat(freed(16), &Stat); // STAT
  }
  if (!strcmp(C, "prctl"))
    Sink = prctl(PR_GET_NAME, malloc(8)); // PRCTL
  if (!strcmp(C, "pthread_setname_np"))
    Sink = pthread_setname_np(pthread_self(), freed(16)); // SETNAME
  if (!strcmp(C, "cuserid"))
    Sink = (long)cuserid(malloc(4)); // CUSERID
  return 0;
}

// CASE: wcstok heap-buffer-overflow WCSTOK
// CASE: fgets_unlocked heap-buffer-overflow FGETS_UNLOCKED
// CASE: fputs_unlocked heap-buffer-overflow FPUTS_UNLOCKED
// CASE: fread_unlocked heap-buffer-overflow FREAD_UNLOCKED
// CASE: fwrite_unlocked heap-use-after-free FWRITE_UNLOCKED
// CASE: rawmemchr heap-use-after-free RAWMEMCHR
// CASE: fnmatch heap-buffer-overflow FNMATCH
// CASE: getenv heap-use-after-free GETENV
// CASE: setenv heap-buffer-overflow SETENV
// CASE: lsearch heap-buffer-overflow LSEARCH
// CASE: stat heap-use-after-free STAT
// CASE: prctl heap-buffer-overflow PRCTL
// CASE: pthread_setname_np heap-use-after-free SETNAME
// CASE: cuserid heap-buffer-overflow CUSERID
// CASE: drand48_r heap-use-after-free DRAND48_R
// CASE: wcscasecmp heap-buffer-overflow WCSCASECMP
// CASE: memfrob heap-buffer-overflow MEMFROB
// CASE: timegm heap-use-after-free TIMEGM
// CASE: gcvt heap-buffer-overflow GCVT
// CASE: getgrouplist heap-use-after-free GETGROUPLIST
// CASE: random_r heap-use-after-free RANDOM_R
// CASE: open heap-use-after-free OPEN
// CASE: strcoll heap-buffer-overflow STRCOLL
// CASE: dprintf heap-use-after-free DPRINTF
// CASE: perror heap-use-after-free PERROR
// CASE: access heap-buffer-overflow ACCESS
// CASE: mbtowc heap-use-after-free MBTOWC
// CASE: select heap-buffer-overflow SELECT
// CASE: wcschr heap-buffer-overflow WCSCHR
// CASE: wcscmp heap-buffer-overflow WCSCMP
// CASE: wcsspn heap-buffer-overflow WCSSPN
// CASE: wcpcpy heap-buffer-overflow WCPCPY
// CASE: wcstol heap-use-after-free WCSTOL
// CASE: strsep heap-buffer-overflow STRSEP
// CASE: memccpy heap-buffer-overflow MEMCCPY
// CASE: stpncpy heap-buffer-overflow STPNCPY
// CASE: dirname heap-buffer-overflow DIRNAME
// CASE: index heap-buffer-overflow INDEX
// CASE: rindex heap-buffer-overflow RINDEX
// CASE: strtoul heap-buffer-overflow STRTOUL
// CASE: sigaction heap-use-after-free SIGACTION
// CASE: sigaddset heap-use-after-free SIGADDSET
// CASE: getrusage heap-use-after-free GETRUSAGE
// CASE: fstat heap-use-after-free FSTAT
// CASE: gethostname heap-use-after-free GETHOSTNAME
// CASE: nanosleep heap-use-after-free NANOSLEEP
// CASE: connect heap-use-after-free CONNECT
// CASE: bind heap-buffer-overflow BIND
// CASE: sendto heap-use-after-free SENDTO
