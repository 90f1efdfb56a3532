// ===- test/Runtime/stack/stack-errors.c - errors on local variables ------===//
//
// Address-taken locals get redzones (pass/StackRedzones.cpp): reads and
// writes past and before a local array, overflows made by memcpy, strcpy,
// snprintf and fgets and by a callee given the array, past a struct passed
// by value and a variable-length array, past an alloca of a constant size
// and a C array sized by a const int (static at -O0: in the frame), past
// an over-aligned array by one element and before one (an underflow: the
// most aligned variable comes first, as in ASan's frames), a local used after its block ended (also where the optimizer
// forwarded the pointer to the variable, and read again at an address
// checked inside the block) and after its function returned, and an
// overflow in another thread are reported
// with ASan's kind at the program's line; the frame's description names the
// variable.
// Accesses inside the locals are not reported. -O0 and -O2.
//
// See also: runtime/memscope_stack_frames.cpp.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t -lpthread
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean
// RUN: %t clean-vla
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: not %t underflow 2>&1 | FileCheck %s --check-prefix=UNDERFLOW
// RUN: not %t scope 2>&1 | FileCheck %s --check-prefix=SCOPE
// RUN: not %t return 2>&1 | FileCheck %s --check-prefix=RETURN
// RUN: not %t thread 2>&1 | FileCheck %s --check-prefix=THREAD
// The fake stack's size per frame class, as ASan's flags set it:
// RUN: env MEMSCOPE_OPTIONS=verbosity=1:max_uar_stack_size_log=17 not %t return 2>&1 | FileCheck %s --check-prefixes=RETURN,SIZE17
// RUN: env MEMSCOPE_OPTIONS=verbosity=1:min_uar_stack_size_log=24:max_uar_stack_size_log=24 not %t return 2>&1 | FileCheck %s --check-prefixes=RETURN,SIZE24
// SIZE17: T0: FakeStack created: {{.*}} stack_size_log: 17;
// SIZE24: T0: FakeStack created: {{.*}} stack_size_log: 24;
// RUN: %clang_memscope -O2 %s -o %t -lpthread
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: not %t return 2>&1 | FileCheck %s --check-prefix=RETURN

#include <alloca.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int Index;
volatile int Sink;
int *volatile Kept;

// A pointer kept past its block, which the optimizer forwards to the
// variable: a slot then written only whole, outside its scope.
__attribute__((noinline)) void scope_in_loop(int Rounds) {
  volatile char *Last = 0;
  for (int R = 0; R < Rounds; ++R) {
    char C[8];
    C[0] = R;
    if (R == 1)
      Last = C;
  }
  Last[0] = 2; // SCOPE_LOOP
}

// The same address read inside the block and after it.
__attribute__((noinline)) int read_again(int V) {
  int *P, S = 0;
  {
    int X = V;
    Kept = &X;
    P = Kept;
    S += *P;
  }
  S += *P; // SCOPE_AGAIN
  return S;
}

// Elements 64 bytes apart: the one past the end is in the redzone whole.
struct Line {
  _Alignas(64) char Data[40];
  int Used;
};
__attribute__((noinline)) int used(struct Line *L, int I) {
  return L[I].Used; // ALIGNED
}
__attribute__((noinline)) int aligned_lines(int I) {
  struct Line Lines[2];
  Lines[0].Used = Lines[1].Used = I;
  return used(Lines, I);
}

__attribute__((noinline)) int scratch(int I) {
  char *S = alloca(12);
  memset(S, 'a', 12);
  return S[I]; // SCRATCH
}
__attribute__((noinline)) int const_sized(int I) {
  const int N = 8;
  int Hist[N];
  memset(Hist, 0, sizeof Hist);
  return Hist[I]; // CONST_SIZED
}
__attribute__((noinline)) float before_aligned(int I) {
  char Tag[4];
  _Alignas(32) float Lanes[8];
  memset(Tag, 0, sizeof Tag);
  memset(Lanes, 0, sizeof Lanes);
  Kept = (int *)Tag;
  return Lanes[I]; // BEFORE_ALIGNED
}

__attribute__((noinline)) void fill(char *Buf, int N) {
  for (int I = 0; I <= N; ++I)
    Buf[I] = 'x'; // CALLEE
}

__attribute__((noinline)) int *address_of_local(int V) {
  int Local = V;
  Kept = &Local;
  return Kept;
}

__attribute__((noinline)) void keep_in_scope(int V) {
  {
    int Scoped = V;
    Kept = &Scoped;
    Sink = *Kept;
  }
  *Kept = 2; // SCOPE
}

struct Big {
  int A[16];
};

__attribute__((noinline)) int by_value(struct Big B) {
  return B.A[Index + 16]; // BYVAL
}

__attribute__((noinline)) int in_vla(int N, int I) {
  char Vla[N];
  memset(Vla, 0, N);
  return Vla[I]; // VLA
}

void *thread_main(void *Arg) {
  char Name[12];
  int I = Index + 12;
  Name[I] = 0; // THREAD
  Sink = Name[Index];
  return Arg;
}

int main(int Argc, char **Argv) {
  const char *C = Argc > 1 ? Argv[1] : "clean";
  char Buf[10];
  int Pair[2] = {1, 2};
  Pair[Index] = Argc;
  int I = Index + 10; // 10, out of sight of the optimiser
  memset(Buf, 0, sizeof Buf);
  if (!strcmp(C, "clean")) {
    for (int J = 0; J < 10; ++J)
      Buf[J] = (char)J;
    snprintf(Buf, sizeof Buf, "%s", "123456789");
    fill(Buf, 8);
    Sink = Buf[Index + 9] + Pair[Index + 1] + aligned_lines(Index + 1) +
           scratch(Index + 11) + const_sized(Index + 7) +
           before_aligned(Index + 7);
    for (int J = 0; J < 3; ++J) {
      char Loop[4];
      memcpy(Loop, "abc", 4);
      Sink = Loop[Index + 3];
    }
    pthread_t T;
    pthread_create(&T, 0, thread_main, 0);
    return 0;
  }
  if (!strcmp(C, "overflow"))
    Buf[I] = 1; // OVERFLOW
  if (!strcmp(C, "read"))
    Sink = Buf[I + 1]; // READ
  if (!strcmp(C, "underflow"))
    Sink = Buf[I - 11]; // UNDERFLOW
  if (!strcmp(C, "pair"))
    Sink = Pair[I - 8]; // PAIR
  if (!strcmp(C, "memcpy"))
    memcpy(Buf, Argv[0], I + 1); // MEMCPY
  if (!strcmp(C, "strcpy"))
    strcpy(Buf, "0123456789"); // STRCPY
  if (!strcmp(C, "snprintf"))
    snprintf(Buf, I + 5, "%s", "0123456789abc"); // SNPRINTF
  if (!strcmp(C, "fgets"))
    fgets(Buf, I + 6, stdin); // FGETS
  if (!strcmp(C, "callee"))
    fill(Buf, I);
  if (!strcmp(C, "scope"))
    keep_in_scope(Argc);
  if (!strcmp(C, "scratch"))
    Sink = scratch(I + 2);
  if (!strcmp(C, "const-sized"))
    Sink = const_sized(I - 2);
  if (!strcmp(C, "before-aligned"))
    Sink = before_aligned(I - 11);
  if (!strcmp(C, "scope-again"))
    Sink = read_again(Argc);
  if (!strcmp(C, "aligned"))
    Sink = aligned_lines(Argc);
  if (!strcmp(C, "scope-loop"))
    scope_in_loop(Argc + 2);
  if (!strcmp(C, "return"))
    Sink = *address_of_local(Argc); // RETURN
  if (!strcmp(C, "vla"))
    Sink = in_vla(Argc + 8, I);
  if (!strcmp(C, "clean-vla")) {
    Sink = in_vla(Argc + 8, Argc + 7);
    return 0;
  }
  if (!strcmp(C, "byval")) {
    struct Big B = {{0}};
    Sink = by_value(B);
  }
  if (!strcmp(C, "thread")) {
    pthread_t T;
    pthread_create(&T, 0, thread_main, 0);
    pthread_join(T, 0);
  }
  return Buf[0] + Pair[0];
}

// CASE: overflow stack-buffer-overflow OVERFLOW
// CASE: read stack-buffer-overflow READ
// CASE: underflow stack-buffer-underflow UNDERFLOW
// CASE: pair stack-buffer-overflow PAIR
// CASE: memcpy stack-buffer-overflow MEMCPY
// CASE: strcpy stack-buffer-overflow STRCPY
// CASE: snprintf stack-buffer-overflow SNPRINTF
// CASE: fgets stack-buffer-overflow FGETS
// CASE: callee stack-buffer-overflow CALLEE
// CASE: scope stack-use-after-scope SCOPE
// CASE: scope-loop stack-use-after-scope SCOPE_LOOP
// CASE: scratch stack-buffer-overflow SCRATCH
// CASE: const-sized stack-buffer-overflow CONST_SIZED
// CASE: before-aligned stack-buffer-underflow BEFORE_ALIGNED
// CASE: scope-again stack-use-after-scope SCOPE_AGAIN
// CASE: aligned stack-buffer-overflow ALIGNED
// CASE: return stack-use-after-return RETURN
// CASE: byval stack-buffer-overflow BYVAL
// CASE: vla dynamic-stack-buffer-overflow VLA
// CASE: thread stack-buffer-overflow THREAD

// OVERFLOW: ERROR: memscope: stack-buffer-overflow on address [[ADDR:0x[0-9a-f]+]]
// OVERFLOW: WRITE of size 1 at [[ADDR]] thread T0
// OVERFLOW-NEXT: #0 {{.*}} in main {{.*}}stack-errors.c:[[#@LINE-74]]
// OVERFLOW: Address [[ADDR]] is located in stack of thread T0 at offset [[#OFF:]] in frame
// OVERFLOW-NEXT: #0 {{.*}} in main {{.*}}stack-errors.c
// OVERFLOW: This frame has {{[0-9]+}} object(s):
// OVERFLOW: [[[#OFF-10]], [[#OFF]]) 'Buf' (line [[#@LINE-101]]) <== Memory access at offset [[#OFF]] overflows this variable
// OVERFLOW: HINT: this may be a false positive if your program uses some custom stack unwind mechanism, swapcontext or vfork
// OVERFLOW: Shadow byte legend
// OVERFLOW: Stack mid redzone:       f2

// UNDERFLOW: ERROR: memscope: stack-buffer-underflow
// UNDERFLOW: 'Buf' (line [[#@LINE-107]]) <== Memory access at offset {{[0-9]+}} underflows this variable

// SCOPE: ERROR: memscope: stack-use-after-scope
// SCOPE: WRITE of size 4
// SCOPE-NEXT: #0 {{.*}} in keep_in_scope {{.*}}stack-errors.c:[[#@LINE-138]]
// SCOPE: in frame
// SCOPE-NEXT: #0 {{.*}} in keep_in_scope
// SCOPE: 'Scoped' (line [[#@LINE-145]]) <== Memory access at offset {{[0-9]+}} is inside this variable

// RETURN: ERROR: memscope: stack-use-after-return
// RETURN: READ of size 4
// RETURN-NEXT: #0 {{.*}} in main {{.*}}stack-errors.c:[[#@LINE-63]]
// RETURN: in frame
// RETURN-NEXT: #0 {{.*}} in address_of_local
// RETURN: 'Local' (line [[#@LINE-159]]) <== Memory access at offset {{[0-9]+}} is inside this variable

// THREAD: ERROR: memscope: stack-buffer-overflow
// THREAD: WRITE of size 1 {{.*}} thread T1
// THREAD-NEXT: #0 {{.*}} in thread_main {{.*}}stack-errors.c:[[#@LINE-132]]
// THREAD: is located in stack of thread T1 at offset
// THREAD: 'Name' (line [[#@LINE-136]]) <== Memory access at offset {{[0-9]+}} overflows this variable

