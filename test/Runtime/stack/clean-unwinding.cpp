// ===- test/Runtime/stack/clean-unwinding.cpp - frames left without a return
//
// Frames with redzones left by a C++ exception (thrown here and by
// libstdc++; also through the cleanups of a frame too large for the fake
// stack), by longjmp and siglongjmp (also from a handler on the signal
// stack), by pthread_exit and pthread_cancel, by a vfork child that execs,
// and threads that reuse the stacks of finished ones: nothing is reported
// afterwards on frames or variable-length arrays laid where theirs were.
// Recursion deeper than the fake stack holds falls back to the real stack.
// A heap block whose only pointer is in a live frame (on the fake stack) is
// no leak, and neither is anything at exit. -O0 and -O2, with and without
// fake stacks.
//
// See also: runtime/memscope_stack_frames.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t -lpthread && %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t -lpthread && %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=detect_stack_use_after_return=0 %t 2>&1 | FileCheck %s
// CHECK-NOT: ERROR: memscope
// CHECK: done
// CHECK-NOT: ERROR: memscope

#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdexcept>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern "C" void __lsan_do_leak_check(void);

volatile int Sink;
jmp_buf Env;
sigjmp_buf SigEnv;

// Writes every byte of a local array, as a frame laid over a stale redzone
// would be caught doing.
__attribute__((noinline)) int use_frame(int N) {
  char Buf[64];
  memset(Buf, N, sizeof Buf);
  for (int I = 0; I < 64; ++I)
    Buf[I] ^= (char)I;
  return Buf[N % 64];
}

__attribute__((noinline)) int deep_calls(int Depth) {
  char Pad[40];
  snprintf(Pad, sizeof Pad, "%d", Depth);
  return Depth ? deep_calls(Depth - 1) + Pad[0] : use_frame(Depth);
}

__attribute__((noinline)) void thrower(int Depth) {
  char Buf[24];
  memset(Buf, 1, sizeof Buf);
  Sink = Buf[Depth % 24];
  if (Depth == 0)
    throw std::runtime_error("down");
  thrower(Depth - 1);
}

struct Counted {
  ~Counted() { ++Sink; }
};

// A frame too large for the fake stack, left by an exception through its
// cleanups (the destructors, where its variables' scopes end): its shadow
// is cleared as at a return, not left marked out of scope.
__attribute__((noinline)) void big_thrower(int N) {
  Counted Outer;
  char Big[70000];
  memset(Big, N, sizeof Big);
  Sink = Big[N];
  Counted Inner;
  if (Sink >= 0)
    throw std::runtime_error("big");
}

// Reads its arguments from the register save area, which is no variable of
// the frame (nothing lays its shadow).
__attribute__((noinline)) long sum_va(int Count, ...) {
  va_list Args;
  va_start(Args, Count);
  long Sum = 0;
  for (int I = 0; I < Count; ++I)
    Sum += va_arg(Args, long);
  va_end(Args);
  return Sum;
}

__attribute__((noinline)) long sweep(int Depth) {
  char Pad[200];
  memset(Pad, Depth, sizeof Pad);
  long Sum = sum_va(8, 1L, 2L, 3L, 4L, 5L, 6L, 7L, (long)Pad[Depth % 200]);
  return Depth ? Sum + sweep(Depth - 1) : Sum;
}

__attribute__((noinline)) void jumper(int Depth) {
  int Array[12];
  for (int &A : Array)
    A = Depth;
  Sink = Array[Depth % 12];
  if (Depth == 0)
    longjmp(Env, 1);
  jumper(Depth - 1);
}

void on_signal(int) {
  char Local[32];
  memset(Local, 0, sizeof Local);
  siglongjmp(SigEnv, 1);
}

__attribute__((noinline)) void raiser(int Depth) {
  char Buf[48];
  memset(Buf, 2, sizeof Buf);
  Sink = Buf[Depth];
  if (Depth == 0)
    raise(SIGUSR1);
  raiser(Depth - 1);
}

// A variable-length array has no redzones of its own: it may be laid over
// stale ones.
__attribute__((noinline)) int use_vla(int N) {
  char Vla[N];
  memset(Vla, 3, N);
  return Vla[N - 1];
}

sigjmp_buf AltEnv;
void on_alt_signal(int) {
  char Local[16];
  memset(Local, 0, sizeof Local);
  siglongjmp(AltEnv, 1);
}

__attribute__((noinline)) void alt_raiser(int Depth) {
  char Buf[3000];
  memset(Buf, 4, sizeof Buf);
  Sink = Buf[Depth];
  if (Depth == 0)
    raise(SIGUSR2);
  alt_raiser(Depth - 1);
}

__attribute__((noinline)) void child_execs(int Depth) {
  char Arg[64];
  snprintf(Arg, sizeof Arg, "child%d", Depth);
  if (Depth) {
    child_execs(Depth - 1);
    return;
  }
  char *Argv[] = {const_cast<char *>("/bin/true"), Arg, nullptr};
  execv(Argv[0], Argv);
  _exit(127);
}

struct VlaInDestructor {
  ~VlaInDestructor() { Sink = use_vla(2000); }
};

__attribute__((noinline)) void waits(int Depth) {
  char Buf[100];
  memset(Buf, 0, sizeof Buf);
  Sink = Buf[Depth];
  VlaInDestructor Guard;
  if (Depth)
    waits(Depth - 1);
  else
    for (;;)
      pause();
}

void *cancelled_main(void *) {
  waits(5);
  return nullptr;
}

__attribute__((noinline)) int recurse(int Depth) {
  char Frame[200];
  memset(Frame, Depth, sizeof Frame);
  return Depth ? recurse(Depth - 1) + Frame[Depth % 200] : 0;
}

__attribute__((noinline)) void exits_thread(int Depth) {
  char Buf[100];
  memset(Buf, 0, sizeof Buf);
  Sink = Buf[Depth];
  if (Depth == 0)
    pthread_exit(nullptr);
  exits_thread(Depth - 1);
}

void *thread_main(void *Arg) {
  long Mode = reinterpret_cast<long>(Arg);
  Sink = deep_calls(20);
  if (Mode == 1)
    exits_thread(10);
  try {
    thrower(5);
  } catch (const std::exception &) {
  }
  Sink = deep_calls(20);
  return nullptr;
}

__attribute__((noinline)) void check_with_live_pointer() {
  // The only pointer to the block is in this frame's local.
  void *Kept[2] = {malloc(32), nullptr};
  Sink = deep_calls(3);
  __lsan_do_leak_check();
  free(Kept[Sink & 0]);
}

int main() {
  for (int Round = 0; Round < 3; ++Round) {
    try {
      thrower(8);
    } catch (const std::exception &) {
    }
    Sink = deep_calls(30);
    try {
      std::vector<int> V(3);
      Sink = V.at(Round + 5);
    } catch (const std::out_of_range &) {
    }
    Sink = deep_calls(30);
    if (!setjmp(Env))
      jumper(6);
    Sink = deep_calls(30);
  }
  try {
    big_thrower(1);
  } catch (const std::exception &) {
  }
  Sink = sweep(400);
  signal(SIGUSR1, on_signal);
  if (!sigsetjmp(SigEnv, 1))
    raiser(7);
  Sink = deep_calls(30);
  Sink = recurse(5000);
  Sink = deep_calls(30);
  for (long I = 0; I < 8; ++I) {
    pthread_t T[2];
    for (long J = 0; J < 2; ++J)
      pthread_create(&T[J], nullptr, thread_main, reinterpret_cast<void *>(J));
    for (pthread_t Thread : T)
      pthread_join(Thread, nullptr);
  }
  // On the signal stack, back to the thread's over a large frame.
  stack_t Alt = {};
  Alt.ss_sp = malloc(1 << 16);
  Alt.ss_size = 1 << 16;
  sigaltstack(&Alt, nullptr);
  struct sigaction Action = {};
  Action.sa_handler = on_alt_signal;
  Action.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR2, &Action, nullptr);
  if (!sigsetjmp(AltEnv, 1))
    alt_raiser(3);
  Sink = use_vla(20000);
  Alt.ss_flags = SS_DISABLE;
  sigaltstack(&Alt, nullptr);
  memset(Alt.ss_sp, 0, 1 << 16);
  free(Alt.ss_sp);
  pid_t Child = vfork();
  if (Child == 0)
    child_execs(4);
  int Status;
  waitpid(Child, &Status, 0);
  Sink = use_vla(4000);
  pthread_t Cancelled;
  pthread_create(&Cancelled, nullptr, cancelled_main, nullptr);
  usleep(20000);
  pthread_cancel(Cancelled);
  pthread_join(Cancelled, nullptr);
  check_with_live_pointer();
  puts("done");
  return 0;
}
