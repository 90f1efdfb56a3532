// ===- test/Runtime/libc/fortify.c - _FORTIFY_SOURCE's entry points -------===//
//
// With -D_FORTIFY_SOURCE=2 at -O2 a copy into a buffer of known size calls
// glibc's checking entry point (__memcpy_chk(d, s, n, sizeof d), ...),
// which ASan does not intercept: a source read past its end or after a
// free went unreported, and an overflow of the destination ended in
// glibc's "buffer overflow detected" without a report. memscope checks
// them as it checks memcpy, strcpy and their kin, at the program's line;
// also __wmemcpy_chk, which calls wmemcpy's interceptor when the copy fits.
// An overflow memscope cannot see (a struct's field into the next) is
// still stopped by glibc. The reading entry points (__fgets_chk,
// __read_chk, ...), which glibc 2.36's headers do not use with clang but
// libraries built by GCC call, are called directly: the plain function's
// checks apply. The same program without fortification (-O0) reports the
// same errors through the plain functions.
//
// See also: runtime/memscope_fortify.cpp, printf-args.c (__printf_chk).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O2 -D_FORTIFY_SOURCE=2 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 not --crash %t field 2>&1 | FileCheck %s --check-prefix=FIELD
// RUN: %clang_memscope -O2 -D_FORTIFY_SOURCE=2 %s -S -emit-llvm -o - | FileCheck %s --check-prefix=IR
// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/Inputs/run_cases.py %t %s
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR

#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

char *__fgets_chk(char *, size_t, int, FILE *);
ssize_t __read_chk(int, void *, size_t, size_t);
char *__strcpy_chk(char *, const char *, size_t);

char *volatile Sink;
int volatile Count = 10;

// Count bytes and no terminator.
static char *unterminated(void) {
  char *S = malloc(Count);
  memset(S, 'a', Count);
  return S;
}

static char *freed(void) {
  char *S = strdup("freed");
  free(S);
  return S;
}

struct Record {
  char Name[8];
  char Rest[8];
};

static void clean(void) {
  char Dst[32];
  char *S = unterminated();
  memcpy(Dst, S, Count);
  memmove(Dst + 1, Dst, Count);
  memset(Dst, 'b', sizeof Dst);
  S[Count - 1] = 0;
  strcpy(Dst, S);
  strcat(Dst, "x");
  strncpy(Dst, S, sizeof Dst);
  stpncpy(Dst, S, sizeof Dst);
  strncat(Dst, "y", Count);
  char Line[16];
  FILE *F = fopen("/dev/null", "r");
  __fgets_chk(Line, sizeof Line, Count, F);
  fclose(F);
  int Fd = open("/dev/zero", O_RDONLY);
  __read_chk(Fd, Line, Count, sizeof Line);
  close(Fd);
  free(S);
  printf("clean %c\n", Dst[0]);
}

int main(int Argc, char **Argv) {
  const char *C = Argv[1];
  char Dst[64];
  char Small[16];
  Sink = Dst;
  if (!strcmp(C, "clean"))
    clean();
  if (!strcmp(C, "memcpy_source"))
    memcpy(Dst, unterminated(), Count + 1); // MEMCPY_SOURCE
  if (!strcmp(C, "memcpy_destination"))
    memcpy(Small, Dst, Count + 7); // MEMCPY_DESTINATION
  if (!strcmp(C, "memmove_freed"))
    memmove(Dst, freed(), Count - 4); // MEMMOVE_FREED
  if (!strcmp(C, "memset_destination"))
    memset(Small, 0, Count + 7); // MEMSET_DESTINATION
  if (!strcmp(C, "strcpy_freed"))
    strcpy(Dst, freed()); // STRCPY_FREED
  if (!strcmp(C, "stpcpy_source"))
    stpcpy(Dst, unterminated()); // STPCPY_SOURCE
  if (!strcmp(C, "strcat_source"))
    strcat(strcpy(Dst, "x"), unterminated()); // STRCAT_SOURCE
  if (!strcmp(C, "strncpy_source"))
    strncpy(Dst, unterminated(), Count + 5); // STRNCPY_SOURCE
  if (!strcmp(C, "strncat_destination"))
    strncat(strcpy(Small, "0123456789"), Argv[0], Count); // STRNCAT_DESTINATION
  if (!strcmp(C, "wmemcpy_source")) {
    wchar_t Wide[16];
    wchar_t *Three = calloc(3, sizeof(wchar_t));
    wmemcpy(Wide, Three, Count - 6); // WMEMCPY_SOURCE
  }
  if (!strcmp(C, "fread_scope")) {
    char *Kept;
    {
      char Buf[16];
      Kept = Buf;
      Sink = Kept;
    }
    fread(Kept, 1, Count, stdin); // FREAD_SCOPE
  }
  if (!strcmp(C, "fgets_chk")) {
    char *Line = malloc(16);
    free(Line);
    __fgets_chk(Line, 16, Count, stdin); // FGETS_CHK
  }
  if (!strcmp(C, "read_chk")) {
    char *Buf = malloc(16);
    free(Buf);
    __read_chk(0, Buf, Count, 16); // READ_CHK
  }
  if (!strcmp(C, "field")) {
    // As a call of a field's size would be (clang passes the rest of the
    // struct's size for a field, GCC the field's).
    struct Record R;
    __strcpy_chk(R.Name, "0123456789", sizeof R.Name);
    printf("%s\n", R.Name);
  }
  printf("%c\n", Sink[0]);
  return 0;
}

// CASE: memcpy_source heap-buffer-overflow MEMCPY_SOURCE
// CASE: memcpy_destination stack-buffer-overflow MEMCPY_DESTINATION
// CASE: memmove_freed heap-use-after-free MEMMOVE_FREED
// CASE: memset_destination stack-buffer-overflow MEMSET_DESTINATION
// CASE: strcpy_freed heap-use-after-free STRCPY_FREED
// CASE: stpcpy_source heap-buffer-overflow STPCPY_SOURCE
// CASE: strcat_source heap-buffer-overflow STRCAT_SOURCE
// CASE: strncpy_source heap-buffer-overflow STRNCPY_SOURCE
// CASE: strncat_destination stack-buffer-overflow STRNCAT_DESTINATION
// CASE: wmemcpy_source heap-buffer-overflow WMEMCPY_SOURCE
// CASE: fread_scope stack-use-after-scope FREAD_SCOPE
// CASE: fgets_chk heap-use-after-free FGETS_CHK
// CASE: read_chk heap-use-after-free READ_CHK

// CLEAN: clean
// FIELD: buffer overflow detected
// IR-DAG: call {{.*}} @__memcpy_chk(
// IR-DAG: call {{.*}} @__strcpy_chk(
// IR-DAG: call {{.*}} @__strncat_chk(
// IR-DAG: call {{.*}} @__wmemcpy_chk(
