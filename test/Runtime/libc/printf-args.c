// ===- test/Runtime/libc/printf-args.c - what printf's conversions read ----===//
//
// The printf family's string arguments are checked as far as glibc reads
// them, where ASan checks nothing: a starred precision (`%.*s`, a slice
// printed past its end or after it was freed, also after a `%5%`), a
// negative one (as if none were given), a wide string in printf (`%ls`,
// `%S`, with and without a precision), a narrow one in wprintf and
// swprintf; %hhn's one byte, %Ln's eight; the pointer asprintf stores; a
// freed string printed at precision 0 (glibc reads none of it, but the
// pointer dangles; ASan reports it too). The _FORTIFY_SOURCE entry points (__printf_chk,
// __sprintf_chk, ...) are checked alike (the third build). Each error is
// reported at the program's call, with its kind, also where the format
// numbers its arguments (`%2$s`, `%1$.*2$s`), and in syslog, warn, err and
// GNU error and error_at_line, which format as printf does; uses exactly at the edge of a buffer are
// silent, and a format mixing numbered and unnumbered arguments is not
// followed.
//
// See also: runtime/memscope_printf.cpp, libc-calls.c.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 -D_FORTIFY_SOURCE=2 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: nm %t | FileCheck %s --check-prefix=FORTIFIED

#define _GNU_SOURCE
#include <err.h>
#include <error.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <wchar.h>

char Global[3] = {'a', 'b', 'c'}; // no terminator
char *volatile Sink;

// Eight characters and no terminator.
static char *slice(void) {
  char *S = malloc(8);
  memcpy(S, "abcdefgh", 8);
  return S;
}

// Three wide characters and no terminator.
static wchar_t *wide_slice(void) {
  wchar_t *W = malloc(3 * sizeof(wchar_t));
  wmemcpy(W, L"xyz", 3);
  return W;
}

static void clean(void) {
  char *S = slice();
  wchar_t *W = wide_slice();
  char Out[16];
  int N = printf("%.*s|%.8s|%.3ls|%.*ls|%-4.*s|\n", 8, S, S, W, 3, W, 2, S);
  N += printf("%.*s|%s\n", -1, "terminated", "x");
  N += snprintf(Out, sizeof(Out), "%.*s%%%d", 8, S, 7);
  N += printf("%d %5.2f %Lf %c %p %zu %lld %jd %hhd|%.*s\n", 1, 2.0,
              (long double)3, 'x', (void *)S, (size_t)4, 5LL, (intmax_t)6,
              7, 8, S);
  // Numbered arguments, within bounds; mixed with unnumbered ones (not
  // followed).
  N += printf("%2$s %1$.1s %1$.*3$s %4$5.1f\n", S, "two", 8, 1.5);
  N += printf("%d %2$s\n", 1, "mixed");
  // In the C locale the first character that is not ASCII stops %ls.
  wchar_t Accent[2] = {L'a', 0xe9};
  N += printf("%.3ls\n", Accent);
  wchar_t WOut[16];
  N += swprintf(WOut, 16, L"%.*s%.3ls", 8, S, W);
  char *Made;
  N += asprintf(&Made, "%.*s", 4, S);
  free(Made);
  signed char Count;
  N += printf("ab%hhn\n", &Count);
  long long Long;
  N += printf("ab%Ln\n", &Long);
  // Nothing read at precision 0, not even just past the end.
  N += printf("%.*s|%.0s\n", 0, S + 8, Global + 3);
  openlog("printf-args", LOG_PID, LOG_USER);
  syslog(LOG_DEBUG, "%.8s %d", S, 1);
  closelog();
  warnx("%.3s", S);
  // GNU error(): the message formatted as printf's, glibc's prefix and
  // errno text kept.
  error(0, 0, "gnu %.3s %d", S, 2);
  error_at_line(0, 5, "file.c", 7, "at %s", "line");
  free(W);
  free(S);
  printf("clean %d\n", N > 0);
}

int main(int Argc, char **Argv) {
  const char *C = Argv[1];
  if (!strcmp(C, "clean"))
    clean();
  if (!strcmp(C, "star")) {
    char *S = slice();
    printf("%.*s\n", 9, S); // STAR
  }
  if (!strcmp(C, "after_percent")) {
    char *S = slice();
    printf("%5%%.*s\n", 9, S); // AFTER_PERCENT
  }
  if (!strcmp(C, "star_freed")) {
    char *S = slice();
    free(S);
    printf("%.*s\n", 3, S); // STAR_FREED
  }
  if (!strcmp(C, "star_negative")) {
    char *S = slice();
    printf("%.*s\n", -5, S); // STAR_NEGATIVE
  }
  if (!strcmp(C, "star_local")) {
    char Local[4] = {'a', 'b', 'c', 'd'};
    fprintf(stdout, "%.*s\n", 5, Local); // STAR_LOCAL
  }
  if (!strcmp(C, "global"))
    printf("%s\n", Global); // GLOBAL
  if (!strcmp(C, "ls")) {
    wchar_t *W = wide_slice();
    printf("%ls\n", W); // LS
  }
  if (!strcmp(C, "ls_precision")) {
    wchar_t *W = wide_slice();
    printf("%.4ls\n", W); // LS_PRECISION
  }
  if (!strcmp(C, "upper_s")) {
    wchar_t *W = wide_slice();
    free(W);
    printf("%S\n", W); // UPPER_S
  }
  if (!strcmp(C, "wprintf")) {
    char *S = slice();
    wprintf(L"%s\n", S); // WPRINTF
  }
  if (!strcmp(C, "swprintf")) {
    char *S = slice();
    wchar_t Out[16];
    swprintf(Out, 16, L"%.*s", 9, S); // SWPRINTF
  }
  if (!strcmp(C, "dprintf")) {
    char *S = slice();
    free(S);
    dprintf(1, "%.2s\n", S); // DPRINTF
  }
  if (!strcmp(C, "count")) {
    signed char *Count = malloc(1);
    free(Count);
    printf("ab%hhn\n", Count); // COUNT
  }
  if (!strcmp(C, "long_count")) {
    int Count;
    printf("ab%Ln\n", &Count); // LONG_COUNT
    Sink = (char *)&Count;
  }
  if (!strcmp(C, "precision_zero_freed")) {
    char *S = slice();
    free(S);
    printf("[%.0s]\n", S); // PRECISION_ZERO_FREED
  }
  if (!strcmp(C, "position")) {
    char *S = slice();
    printf("%2$d %1$s\n", S, 2); // POSITION
  }
  if (!strcmp(C, "position_star")) {
    char *S = slice();
    printf("%3$Lf %1$.*2$s\n", S, 9, (long double)1); // POSITION_STAR
  }
  if (!strcmp(C, "position_freed")) {
    char *S = slice();
    free(S);
    printf("%2$*1$.2s\n", 4, S); // POSITION_FREED
  }
  if (!strcmp(C, "asprintf")) {
    char **Out = malloc(sizeof(char *));
    free(Out);
    asprintf(Out, "%d", 1); // ASPRINTF
  }
  if (!strcmp(C, "sprintf")) {
    char *Small = malloc(4);
    Sink = Small;
    sprintf(Sink, "%.*s", 4, "abcdef"); // SPRINTF
  }
  if (!strcmp(C, "syslog")) {
    char *Name = strdup("service");
    free(Name);
    syslog(LOG_DEBUG, "%s started", Name); // SYSLOG
  }
  if (!strcmp(C, "warnx")) {
    char *Path = strdup("/tmp/x");
    free(Path);
    warnx("cannot open %s", Path); // WARNX
  }
  if (!strcmp(C, "error")) {
    char *Name = strdup("config");
    free(Name);
    error(0, 0, "cannot read %s", Name); // ERROR_GNU
  }
  if (!strcmp(C, "error_at_line")) {
    char *File = strdup("input.txt");
    free(File);
    error_at_line(1, 0, File, 3, "bad token"); // ERROR_AT_LINE
  }
  if (!strcmp(C, "errx")) {
    char *Format = strdup("fatal: %d");
    free(Format);
    errx(2, Format, 1); // ERRX
  }
  return 0;
}

// CASE: star heap-buffer-overflow STAR
// CASE: after_percent heap-buffer-overflow AFTER_PERCENT
// CASE: star_freed heap-use-after-free STAR_FREED
// CASE: star_negative heap-buffer-overflow STAR_NEGATIVE
// CASE: star_local stack-buffer-overflow STAR_LOCAL
// CASE: global global-buffer-overflow GLOBAL
// CASE: ls heap-buffer-overflow LS
// CASE: ls_precision heap-buffer-overflow LS_PRECISION
// CASE: upper_s heap-use-after-free UPPER_S
// CASE: wprintf heap-buffer-overflow WPRINTF
// CASE: swprintf heap-buffer-overflow SWPRINTF
// CASE: dprintf heap-use-after-free DPRINTF
// CASE: count heap-use-after-free COUNT
// CASE: long_count stack-buffer-overflow LONG_COUNT
// CASE: precision_zero_freed heap-use-after-free PRECISION_ZERO_FREED
// CASE: position heap-buffer-overflow POSITION
// CASE: position_star heap-buffer-overflow POSITION_STAR
// CASE: position_freed heap-use-after-free POSITION_FREED
// CASE: asprintf heap-use-after-free ASPRINTF
// CASE: sprintf heap-buffer-overflow SPRINTF
// CASE: syslog heap-use-after-free SYSLOG
// CASE: warnx heap-use-after-free WARNX
// CASE: errx heap-use-after-free ERRX
// CASE: error heap-use-after-free ERROR_GNU
// CASE: error_at_line heap-use-after-free ERROR_AT_LINE

// CHECK: printf-args.c.tmp: gnu {{.*}} 2
// CHECK: printf-args.c.tmp:file.c:7: at line: Input/output error
// CHECK: clean 1

// FORTIFIED: __printf_chk
