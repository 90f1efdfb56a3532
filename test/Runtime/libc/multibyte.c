// ===- test/Runtime/libc/multibyte.c - what the conversions read ----------===//
//
// mbstowcs, mbsrtowcs, wcstombs and wcsrtombs read their source as far as
// they convert it, which sanitizer_common's interceptors (and so ASan) do
// not check: a source past its end or freed is reported at the program's
// line, as is a destination too small. A conversion that stops early
// (its count reached) reads no further, and is silent.
//
// See also: runtime/memscope_interceptors_extra.cpp, libc-extra.c.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --implicit-check-not=ERROR

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int volatile Count = 10;

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
  wchar_t Wide[16];
  char Narrow[16];
  char *S = slice();
  wchar_t *W = wide_slice();
  size_t N = mbstowcs(Wide, S, 8); // stops at the count
  N += wcstombs(Narrow, W, 3);
  const char *P = S;
  mbstate_t State;
  memset(&State, 0, sizeof State);
  N += mbsrtowcs(Wide, &P, 4, &State);
  N += mbstowcs(Wide, "terminated", 16);
  N += mbstowcs(NULL, "counted", 0);
  const wchar_t *Q = L"wide";
  N += wcsrtombs(Narrow, &Q, sizeof Narrow, &State);
  free(W);
  free(S);
  printf("clean %zu\n", N);
}

int main(int Argc, char **Argv) {
  const char *C = Argv[1];
  wchar_t Wide[32];
  char Narrow[32];
  if (!strcmp(C, "clean"))
    clean();
  if (!strcmp(C, "mbstowcs"))
    printf("%zu\n", mbstowcs(Wide, slice(), Count)); // MBSTOWCS
  if (!strcmp(C, "mbstowcs_freed")) {
    char *S = strdup("freed");
    free(S);
    printf("%zu\n", mbstowcs(NULL, S, 0)); // MBSTOWCS_FREED
  }
  if (!strcmp(C, "mbsrtowcs")) {
    const char *P = slice();
    mbstate_t State;
    memset(&State, 0, sizeof State);
    printf("%zu\n", mbsrtowcs(Wide, &P, Count, &State)); // MBSRTOWCS
  }
  if (!strcmp(C, "wcstombs"))
    printf("%zu\n", wcstombs(Narrow, wide_slice(), Count)); // WCSTOMBS
  if (!strcmp(C, "wcsrtombs")) {
    const wchar_t *P = wide_slice();
    printf("%zu\n", wcsrtombs(Narrow, &P, Count, NULL)); // WCSRTOMBS
  }
  if (!strcmp(C, "destination")) {
    wchar_t *Small = malloc(4 * sizeof(wchar_t));
    printf("%zu\n", mbstowcs(Small, "abcdefgh", Count)); // DESTINATION
  }
  return 0;
}

// CASE: mbstowcs heap-buffer-overflow MBSTOWCS
// CASE: mbstowcs_freed heap-use-after-free MBSTOWCS_FREED
// CASE: mbsrtowcs heap-buffer-overflow MBSRTOWCS
// CASE: wcstombs heap-buffer-overflow WCSTOMBS
// CASE: wcsrtombs heap-buffer-overflow WCSRTOMBS
// CASE: destination heap-buffer-overflow DESTINATION

// CHECK: clean
