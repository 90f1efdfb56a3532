// ===- test/Runtime/libc/resolv-b64.c - libresolv's functions, unlinked --===//
//
// The runtime intercepts __b64_ntop and __b64_pton (resolv.h's b64_ntop
// and b64_pton), which live in libresolv. A program that calls them
// without -lresolv links as with ASan, whose link adds the library: the
// drivers add it too, kept under the program's own --as-needed, so the
// interceptors find the real functions. The encoder's overrun of a short
// buffer is reported at the call.
//
// See also: utils/memscope-clang.in (the link), libc-calls.c.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t 24 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: not %t 20 2>&1 | FileCheck %s --check-prefix=SHORT
// RUN: %clang_memscope -O2 -Wl,--as-needed %s -o %t
// RUN: %t 24 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: not %t 20 2>&1 | FileCheck %s --check-prefix=SHORT

#include <resolv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  const char *Text = "base64 test data";
  size_t Room = (size_t)atoi(argv[1]) + 1;
  char *Out = malloc(Room);
  // The encoding of 16 bytes takes 24 characters and the NUL.
  int N = b64_ntop((const unsigned char *)Text, strlen(Text), Out, 25);
  unsigned char Back[32];
  int M = b64_pton(Out, Back, sizeof(Back));
  printf("%d %s %d %.*s\n", N, Out, M, M, (const char *)Back);
  free(Out);
  return 0;
}

// CLEAN: 24 YmFzZTY0IHRlc3QgZGF0YQ== 16 base64 test data

// SHORT: ERROR: memscope: heap-buffer-overflow
// SHORT: WRITE of size {{[0-9]+}}
// SHORT: #{{[0-9]+}} {{.*}} in main {{.*}}resolv-b64.c:[[#@LINE-12]]
