// ===- test/Runtime/libc/scanf-args.c - the scanf family's arguments -------===//
//
// What the scanf family reads and writes, checked by memscope's own walk of
// the format (runtime/memscope_scanf.cpp), where sanitizer_common's (which
// ASan uses) sees nothing: sscanf's input string (read whole before any
// conversion; Valgrind reports it), a wide string without a width (%ls), a
// format that numbers its arguments (%2$s), the wide family (swscanf), and
// glibc's allocating %as. Each error is reported at the program's call, in
// the GNU family (sscanf, which glibc's headers call for C89 with
// _GNU_SOURCE) and the ISO C99 one (__isoc99_sscanf, called otherwise),
// -O0 and -O2; correct uses of every conversion are silent.
//
// See also: printf-args.c, libc-calls.c (a %s overflow).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 -std=gnu89 -D_GNU_SOURCE %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 -std=gnu89 -D_GNU_SOURCE %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

volatile long Sink;

static int readArgs(const char *In, const char *Format, ...) {
  va_list Args;
  va_start(Args, Format);
  int Got = vsscanf(In, Format, Args); // VSSCANF
  va_end(Args);
  return Got;
}

static void clean(void) {
  int Day, Year, Count, Skipped;
  char Month[4], Rest[8], Set[4];
  wchar_t Wide[4];
  short Small;
  double Value;
  Sink = sscanf("6 Dec 2026", "%d %3s %d%n", &Day, Month, &Year, &Count);
  Sink += sscanf("abc 12", "%3ls %hd", Wide, &Small); // exact fits
  Sink += sscanf("abc", "%ls", Wide);
  Sink += sscanf("2026 Dec", "%2$d %1$3s", Month, &Year);
  Sink += sscanf("1 2 xyz", "%*d %d %3[xyz]", &Skipped, Set);
  Sink += readArgs("1.5 rest", "%lf %7s", &Value, Rest);
  char *Grown = NULL;
  Sink += sscanf("a-long-word", "%ms", &Grown);
  free(Grown);
  wchar_t Token[8];
  Sink += swscanf(L"42 wide", L"%d %7ls", &Count, Token);
  // No match: nothing is assigned, however small the buffers.
  char One[1];
  Sink += sscanf("", "%s", One) + sscanf("x", "%d %s", &Count, One);
  printf("clean %d %s %d %ls\n", Day, Month, Year, Token);
  // CHECK: clean 6 Dec 2026 wide
}

int main(int Argc, char **Argv) {
  const char *C = Argv[1];
  if (!strcmp(C, "clean"))
    clean();
  if (!strcmp(C, "input")) {
    char *Line = strdup("42");
    free(Line);
    int N;
    Sink = sscanf(Line, "%d", &N); // INPUT
  }
  if (!strcmp(C, "wide-string")) {
    wchar_t *W = malloc(3 * sizeof(wchar_t));
    Sink = sscanf("abcdef", "%ls", W); // WIDE_STRING
  }
  if (!strcmp(C, "numbered")) {
    char *Word = malloc(4);
    int N;
    Sink = sscanf("7 overflowing", "%2$d %1$s", Word, &N); // NUMBERED
  }
  if (!strcmp(C, "swscanf")) {
    wchar_t *W = malloc(2 * sizeof(wchar_t));
    Sink = swscanf(L"wide", L"%ls", W); // SWSCANF
  }
  if (!strcmp(C, "vsscanf")) {
    char Word[4];
    Sink = readArgs("1.5 overflowing", "%*f %s", Word);
  }
  if (!strcmp(C, "allocating")) {
    // %as: a pointer glibc allocated (GNU), or a float (ISO C99): either
    // is more than two bytes.
    char **Out = malloc(2);
    Sink = sscanf("1.5s", "%as", Out); // ALLOCATING
  }
  return 0;
}

// CASE: input heap-use-after-free INPUT
// CASE: wide-string heap-buffer-overflow WIDE_STRING
// CASE: numbered heap-buffer-overflow NUMBERED
// CASE: swscanf heap-buffer-overflow SWSCANF
// CASE: vsscanf stack-buffer-overflow VSSCANF
// CASE: allocating heap-buffer-overflow ALLOCATING
