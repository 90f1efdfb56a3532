// ===- test/Runtime/libc/libc-calls.c - errors inside C library calls ------===
//
// Heap errors made by the C library on the program's behalf are reported
// at the program's call, with the libc function named in the stack: a
// freed string printed by printf, puts or fputs; an overflow written by
// snprintf, vsnprintf, fgets, fread, read, sscanf or wcscpy; an overflow
// read by fwrite, write or strstr; the end pointer strtol, strtoll,
// strtoimax and strtod write to freed memory or past a block or a local;
// glibc's own names for strdup, strndup and bzero (__strdup, __strndup,
// __bzero), which a program may call.
// -O0 and -O2, as ASan reports them (strtod: ASan does not check it).
//
// See also: runtime/memscope_common_interceptors.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

char *__strdup(const char *S);
char *__strndup(const char *S, size_t N);
void __bzero(void *Dst, size_t N);

static char *freed(void) {
  char *S = malloc(8);
  strcpy(S, "hello");
  free(S);
  return S;
}

static int format(char *Out, size_t N, const char *Fmt, ...) {
  va_list Args;
  va_start(Args, Fmt);
  int R = vsnprintf(Out, N, Fmt, Args); // VSNPRINTF
  va_end(Args);
  return R;
}

char *volatile Sink;

int main(int Argc, char **Argv) {
  const char *C = Argv[1];
  char *volatile Small = malloc(4);
  if (!strcmp(C, "printf"))
    printf("%s\n", freed()); // PRINTF
  if (!strcmp(C, "puts"))
    puts(freed()); // PUTS
  if (!strcmp(C, "fputs"))
    fputs(freed(), stdout); // FPUTS
  if (!strcmp(C, "snprintf"))
    snprintf(Small, 16, "%s", "a long string"); // SNPRINTF
  if (!strcmp(C, "vsnprintf"))
    format(Small, 16, "%d", 123456789);
  if (!strcmp(C, "fgets"))
    fgets(Small, 16, stdin); // FGETS
  if (!strcmp(C, "fread"))
    fread(Small, 1, 16, stdin); // FREAD
  if (!strcmp(C, "read"))
    read(0, Small, 16); // READ
  if (!strcmp(C, "sscanf"))
    sscanf("overflowing", "%s", Small); // SSCANF
  if (!strcmp(C, "fwrite"))
    fwrite(Small, 1, 16, stdout); // FWRITE
  if (!strcmp(C, "write"))
    write(1, Small, 16); // WRITE
  if (!strcmp(C, "strstr"))
    Sink = strstr(freed(), "lo"); // STRSTR
  if (!strcmp(C, "wcscpy")) {
    wchar_t *W = malloc(2 * sizeof(wchar_t));
    wcscpy(W, L"wide"); // WCSCPY
  }
  // The end pointer written to freed memory, or past a block or a local.
  if (!strcmp(C, "strtol")) {
    char **End = malloc(sizeof(char *));
    free(End);
    Sink = (char *)strtol("12x", End, 10); // STRTOL
  }
  if (!strcmp(C, "strtoll")) {
    char **End = malloc(sizeof(char *));
    Sink = (char *)strtoll("12x", End + 1, 10); // STRTOLL
  }
  if (!strcmp(C, "strtoimax")) {
    char *End[1];
    Sink = (char *)strtoimax("12x", End + 1, 10); // STRTOIMAX
  }
  if (!strcmp(C, "strtod")) {
    char **End = malloc(sizeof(char *));
    free(End);
    Sink = (char *)(long)strtod("1.5x", End); // STRTOD
  }
  if (!strcmp(C, "__strdup")) {
    char Unterminated[4];
    memset(Unterminated, 'a' + Argc, sizeof Unterminated);
    Sink = __strdup(Unterminated); // GLIBC_STRDUP
  }
  if (!strcmp(C, "__strndup"))
    Sink = __strndup(freed(), 3); // GLIBC_STRNDUP
  if (!strcmp(C, "__bzero"))
    __bzero(Small, 5); // GLIBC_BZERO
  free(Small);
  return 0;
}

// CASE: printf heap-use-after-free PRINTF
// CASE: puts heap-use-after-free PUTS
// CASE: fputs heap-use-after-free FPUTS
// CASE: snprintf heap-buffer-overflow SNPRINTF
// CASE: vsnprintf heap-buffer-overflow VSNPRINTF
// CASE: fgets heap-buffer-overflow FGETS
// CASE: fread heap-buffer-overflow FREAD
// CASE: read heap-buffer-overflow READ
// CASE: sscanf heap-buffer-overflow SSCANF
// CASE: fwrite heap-buffer-overflow FWRITE
// CASE: write heap-buffer-overflow WRITE
// CASE: strstr heap-use-after-free STRSTR
// CASE: wcscpy heap-buffer-overflow WCSCPY
// CASE: strtol heap-use-after-free STRTOL
// CASE: strtoll heap-buffer-overflow STRTOLL
// CASE: strtoimax stack-buffer-overflow STRTOIMAX
// CASE: strtod heap-use-after-free STRTOD
// CASE: __strdup stack-buffer-overflow GLIBC_STRDUP
// CASE: __strndup heap-use-after-free GLIBC_STRNDUP
// CASE: __bzero heap-buffer-overflow GLIBC_BZERO
