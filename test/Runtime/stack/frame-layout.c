// ===- test/Runtime/stack/frame-layout.c - frames laid out as ASan's ------===//
//
// A frame's variables sit where ASan puts them: the most aligned first,
// each at a multiple of 16 (or of its alignment), followed by a redzone
// that grows with its size (a 4-byte local takes 16 bytes, a 10-byte one
// 32, a 200-byte one 272), so that the frame's description names the
// same offsets as ASan's. A frame just under 64 KiB of a large buffer and
// a dozen small locals still fits the fake stack's largest frame, and a
// use of one of its locals after the return is reported. -O0 and -O2.
//
// See also: pass/StackRedzones.cpp (FrameBuilder::layOut), stack-errors.c.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: not %t return 2>&1 | FileCheck %s --check-prefix=RETURN
// RUN: %clang_memscope -O2 %s -o %t
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: not %t return 2>&1 | FileCheck %s --check-prefix=RETURN

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static void use(void *P) {
  __asm__ volatile("" : : "r"(P) : "memory");
}

__attribute__((noinline)) static int overflow(int N) {
  int A = N;
  char B[10];
  short C;
  double D[5];
  char E[200];
  _Alignas(64) char F[3];
  long G[3];
  use(&A), use(B), use(&C), use(D), use(E), use(F), use(G);
  return B[N]; // OVERFLOW
}
// OVERFLOW: ERROR: memscope: stack-buffer-overflow
// OVERFLOW: READ of size 1
// OVERFLOW: #0 {{.*}} in overflow {{.*}}frame-layout.c:[[@LINE-4]]
// OVERFLOW: This frame has 7 object(s):
// OVERFLOW-NEXT: [64, 67) 'F'
// OVERFLOW-NEXT: [80, 84) 'A'
// OVERFLOW-NEXT: [96, 106) 'B' {{.*}}<== Memory access at offset 106 overflows this variable
// OVERFLOW-NEXT: [128, 130) 'C'
// OVERFLOW-NEXT: [144, 184) 'D'
// OVERFLOW-NEXT: [224, 424) 'E'
// OVERFLOW-NEXT: [496, 520) 'G'

__attribute__((noinline)) static int *leave(int N) {
  char Big[64900];
  int A = N, B = N + 1, C = N + 2, D = N + 3, E = N + 4, F = N + 5;
  int G = N + 6, H = N + 7, I = N + 8, J = N + 9, K = N + 10, L = N + 11;
  memset(Big, N, sizeof Big);
  use(Big), use(&A), use(&B), use(&C), use(&D), use(&E), use(&F);
  use(&G), use(&H), use(&I), use(&J), use(&K), use(&L);
  static int *Keep;
  Keep = &L;
  return Keep;
}

int main(int Argc, char **Argv) {
  if (!strcmp(Argv[1], "overflow"))
    return overflow(10);
  int *P = leave(Argc);
  printf("%d\n", *P); // RETURN
  return 0;
}
// RETURN: ERROR: memscope: stack-use-after-return
// RETURN: READ of size 4
// RETURN: #0 {{.*}} in main {{.*}}frame-layout.c:[[@LINE-5]]
