// ===- test/Runtime/libc/more-calls.c - libc calls ASan does not check ----===//
//
// Functions ASan leaves unchecked, which memscope checks as their
// neighbours: stpcpy (as strcpy), strtod, strtof, strtold and atof (as
// strtol: the characters converted and the one that stopped them), strtok_r
// (as strtok), strtok(NULL) with no token left (where it starts reading)
// and strtok's delimiters (whole, not their first byte), swprintf and
// vswprintf (what they wrote); wmemcpy, wmemmove, wmemset and
// explicit_bzero (as their mem* kin), strftime (the result and its
// terminator), gettimeofday and pipe (what they store). Each error is
// reported at the program's call, -O0 and -O2; correct uses are silent.
//
// See also: runtime/memscope_interceptors.cpp, libc-calls.c.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR

#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

static int wide(wchar_t *Out, size_t N, const wchar_t *Fmt, ...) {
  va_list Args;
  va_start(Args, Fmt);
  int R = vswprintf(Out, N, Fmt, Args); // VSWPRINTF
  va_end(Args);
  return R;
}

char *volatile Sink;
volatile double Number;
wchar_t Wide[5];

// Correct uses of the same functions: nothing to report.
static void clean(void) {
  char Buf[16];
  char *End = stpcpy(Buf, "1.5e3");
  End = stpcpy(End, " 42");
  char *Rest;
  Number = strtod(Buf, &Rest) + strtof(Rest, NULL) + strtold("7", NULL) +
           atof(Rest);
  char *Save;
  int Tokens = 0;
  for (char *T = strtok_r(Buf, " ", &Save); T; T = strtok_r(NULL, " ", &Save))
    ++Tokens;
  char Pairs[] = "a=1;b=2";
  for (char *T = strtok(Pairs, ";="); T; T = strtok(NULL, ";="))
    ++Tokens;
  wchar_t W[8];
  int Chars = swprintf(W, 8, L"%d", 1234567) + wide(W, 8, L"%ls", L"abc");
  wmemset(W, L'a', 8);
  wmemcpy(W, L"wxyz", 4);
  wmemmove(W + 1, W, 4);
  explicit_bzero(Buf, sizeof(Buf));
  struct timeval Now;
  gettimeofday(&Now, NULL);
  time_t Zero = 0;
  char Date[32];
  size_t DateLen = strftime(Date, sizeof(Date), "%Y", gmtime(&Zero));
  int Fds[2];
  if (pipe(Fds) == 0)
    close(Fds[0]), close(Fds[1]);
  printf("clean %d %d %g %zu\n", Tokens, Chars, Number, DateLen);
}

int main(int Argc, char **Argv) {
  const char *C = Argv[1];
  char *Small = malloc(6);
  if (!strcmp(C, "clean"))
    clean();
  // CHECK: clean 6 10 1591 4
  if (!strcmp(C, "stpcpy"))
    Sink = stpcpy(Small, "sixsix"); // STPCPY
  if (!strcmp(C, "strtod")) {
    memcpy(Small, "314159", 6); // no terminator
    Number = strtod(Small, NULL); // STRTOD
  }
  if (!strcmp(C, "atof")) {
    memcpy(Small, "141421", 6);
    Number = atof(Small); // ATOF
  }
  if (!strcmp(C, "strtof")) {
    memcpy(Small, "271828", 6);
    Number = strtof(Small, NULL); // STRTOF
  }
  if (!strcmp(C, "strtok_r")) {
    char Word[4];
    memcpy(Word, "word", 4);
    char *Save;
    Sink = strtok_r(Word, " ", &Save); // STRTOK_R
  }
  if (!strcmp(C, "strtok")) {
    char *Line = strdup("key=value");
    Sink = strtok(Line, "=");
    Sink = strtok(NULL, "=");
    free(Line);
    Sink = strtok(NULL, "="); // STRTOK
  }
  if (!strcmp(C, "strtok-delimiters")) {
    char Line[] = "a,b";
    char Seps[2] = {',', C[0]}; // no terminator
    Sink = strtok(Line, Seps); // STRTOK_DELIMITERS
  }
  if (!strcmp(C, "swprintf")) {
    wchar_t W[4];
    swprintf(W, 16, L"%d", 1234567); // SWPRINTF
    Sink = (char *)W;
  }
  if (!strcmp(C, "vswprintf")) {
    wchar_t *W = malloc(3 * sizeof(wchar_t));
    wide(W, 16, L"%ls", L"wider");
    free(W);
  }
  if (!strcmp(C, "wmemcpy")) {
    wchar_t *W = malloc(8 * sizeof(wchar_t));
    wmemcpy(W, L"0123456789", 10); // WMEMCPY
  }
  if (!strcmp(C, "wmemmove")) {
    wchar_t *W = malloc(8 * sizeof(wchar_t));
    wmemmove(W + 4, W, 6); // WMEMMOVE
  }
  if (!strcmp(C, "wmemset"))
    wmemset(Wide, L'x', 7); // WMEMSET
  if (!strcmp(C, "explicit_bzero")) {
    char Secret[24];
    explicit_bzero(Secret, 32); // EXPLICIT_BZERO
    Sink = Secret;
  }
  if (!strcmp(C, "strftime")) {
    char Date[8];
    time_t Zero = 0;
    Number = strftime(Date, 64, "%Y-%m-%d %H:%M", gmtime(&Zero)); // STRFTIME
    Sink = Date;
  }
  if (!strcmp(C, "gettimeofday")) {
    struct timeval *Now = malloc(sizeof(*Now));
    free(Now);
    gettimeofday(Now, NULL); // GETTIMEOFDAY
  }
  if (!strcmp(C, "pipe")) {
    int Fds[1];
    Number = pipe(Fds); // PIPE
    Sink = (char *)Fds;
  }
  free(Small);
  return 0;
}

// CASE: stpcpy heap-buffer-overflow STPCPY
// CASE: strtod heap-buffer-overflow STRTOD
// CASE: strtof heap-buffer-overflow STRTOF
// CASE: atof heap-buffer-overflow ATOF
// CASE: strtok_r stack-buffer-overflow STRTOK_R
// CASE: strtok heap-use-after-free STRTOK
// CASE: strtok-delimiters stack-buffer-overflow STRTOK_DELIMITERS
// CASE: swprintf stack-buffer-overflow SWPRINTF
// CASE: vswprintf heap-buffer-overflow VSWPRINTF
// CASE: wmemcpy heap-buffer-overflow WMEMCPY
// CASE: wmemmove heap-buffer-overflow WMEMMOVE
// CASE: wmemset global-buffer-overflow WMEMSET
// CASE: explicit_bzero stack-buffer-overflow EXPLICIT_BZERO
// CASE: strftime stack-buffer-overflow STRFTIME
// CASE: gettimeofday heap-use-after-free GETTIMEOFDAY
// CASE: pipe stack-buffer-overflow PIPE
