// ===- test/Runtime/stack/throw-abandoned.cpp - a thrower's local after catch
//
// A function keeps the address of its local array and throws; the handler
// reads through it. The thrower's frame was unwound: when the handler
// starts, the frames the throw left are given back and poisoned, and the
// read is stack-use-after-return naming the variable (ASan reports nothing:
// it leaves such frames as they were until reused). A handler using its own
// function's locals, nested handlers in destructors run while unwinding,
// and rethrows stay quiet. A handler in a destructor that the unwinding
// runs gives back only the frames below itself; those the outer exception
// leaves above it go when that one lands, and a local of one read in its
// handler is reported too. -O0 and -O2.
//
// See also: runtime/memscope_stack_frames.cpp (__cxa_begin_catch).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t kept 2>&1 | FileCheck %s
// RUN: not %t guarded 2>&1 | FileCheck %s --check-prefix=GUARDED
// RUN: %clangxx_memscope -O2 %s -o %t && %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t kept 2>&1 | FileCheck %s
// RUN: not %t guarded 2>&1 | FileCheck %s --check-prefix=GUARDED

#include <stdexcept>
#include <stdio.h>
#include <string.h>

volatile int Index;
volatile int Sink;
int *volatile Kept;
int *volatile Above;

__attribute__((noinline)) void fill(int *Buf, int N) {
  for (int I = 0; I < N; ++I)
    Buf[I] = I;
}

__attribute__((noinline)) void keep_and_throw(int Depth) {
  int Local[8];
  fill(Local, 8);
  Kept = Local;
  if (Depth == 0)
    throw std::runtime_error("out");
  keep_and_throw(Depth - 1);
  Sink = Local[Index];
}

// A destructor run while unwinding throws and catches inside itself.
struct Guard {
  ~Guard() {
    try {
      int Mine[4];
      fill(Mine, 4);
      Kept = Mine;
      throw 1;
    } catch (int) {
      Sink = Index; // Mine's frame is this one: still alive
    }
  }
};

__attribute__((noinline)) void unwind_through_guard(int Depth) {
  Guard G;
  int Local[6];
  fill(Local, 6);
  if (Depth == 0)
    throw std::logic_error("guarded");
  unwind_through_guard(Depth - 1);
  Sink = Local[Index];
}

// Throws through a Guard, whose destructor catches an exception of its own
// while this one unwinds.
__attribute__((noinline)) void guarded_throw() {
  Guard G;
  throw std::runtime_error("under a guard");
}

// No destructor: the unwinding leaves this frame without a cleanup.
__attribute__((noinline)) void keep_above_guard() {
  int Table[8];
  fill(Table, 8);
  Above = Table;
  guarded_throw();
  Sink = Table[Index];
}

__attribute__((noinline)) int handler_uses_own_locals(int Rounds) {
  int Own[16];
  fill(Own, 16);
  int *P = Own;
  int Sum = 0;
  for (int R = 0; R < Rounds; ++R) {
    try {
      keep_and_throw(R % 5);
    } catch (const std::exception &E) {
      Sum += P[R % 16] + (int)strlen(E.what());
    }
    try {
      try {
        unwind_through_guard(R % 3);
      } catch (...) {
        Sum += P[(R + 1) % 16];
        throw;
      }
    } catch (const std::logic_error &) {
      Sum += Own[(R + 2) % 16];
    }
  }
  return Sum;
}

int main(int argc, char **argv) {
  if (argc > 1 && !strcmp(argv[1], "clean")) {
    printf("clean %d\n", handler_uses_own_locals(100));
    return 0;
  }
  if (argc > 1 && !strcmp(argv[1], "guarded")) {
    try {
      keep_above_guard();
    } catch (const std::exception &) {
      Sink = Above[Index + 1]; // GUARDED
    }
    return 0;
  }
  try {
    keep_and_throw(3);
  } catch (const std::exception &) {
    Sink = Kept[Index + 2]; // KEPT
  }
  return 0;
}

// CLEAN-NOT: ERROR: memscope
// CLEAN: clean
// CLEAN-NOT: ERROR: memscope

// CHECK: ERROR: memscope: stack-use-after-return
// CHECK: READ of size 4
// CHECK-NEXT: #0 {{.*}} in main {{.*}}throw-abandoned.cpp:[[#@LINE-11]]
// CHECK: is located in stack of thread T0 at offset {{[0-9]+}} in frame
// CHECK-NEXT: #0 {{.*}} in keep_and_throw
// CHECK: 'Local'
// CHECK: SUMMARY: memscope: stack-use-after-return {{.*}}throw-abandoned.cpp:[[#@LINE-15]]

// GUARDED: ERROR: memscope: stack-use-after-return
// GUARDED: 'Table'
// GUARDED: SUMMARY: memscope: stack-use-after-return {{.*}}throw-abandoned.cpp:[[#@LINE-26]]
