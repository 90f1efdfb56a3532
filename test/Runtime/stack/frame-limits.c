// ===- test/Runtime/stack/frame-limits.c - locals at the frame's limits -----===//
//
// Locals the stack pass once left without redzones, reported as ASan
// reports them (pass/StackRedzones.cpp, pass/MemoryAccess.cpp): past an
// array aligned to 16 KiB; past an array of over 64 MiB; past a small
// buffer in a frame whose other array is over 256 MiB (too large to lay
// out, that array alone keeps no redzone); and, at -O0, a store at a constant index past one local that
// lands in another whose block has ended (the optimizer removes it at -O2,
// for ASan too). Accesses inside the locals are not reported. -O0 and -O2.
//
// See also: stack-errors.c.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t -lpthread
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean
// RUN: not %t dead-neighbor 2>&1 | FileCheck %s --check-prefix=DEAD-NEIGHBOR
// RUN: %clang_memscope -O2 %s -o %t -lpthread
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean

#include <pthread.h>
#include <string.h>

volatile int Index;
volatile int Sink;
int *volatile Kept;

__attribute__((noinline)) int sector(int I) {
  _Alignas(16384) unsigned char Sector[512];
  memset(Sector, 1, sizeof Sector);
  return Sector[I]; // SECTOR
}

// Run on a thread whose stack holds them.
void *beside_huge(void *Arg) {
  char Huge[(256 << 20) + 64];
  char Label[16];
  memset(Huge, 0, 4096);
  Kept = (int *)Huge;
  strcpy(Label, (const char *)Arg); // BESIDE_HUGE
  Sink = Label[Index] + Huge[Index + (256 << 20) + 63];
  return 0;
}

void *past_big(void *Arg) {
  int Histogram[(16 << 20) + 16];
  memset(Histogram, 0, sizeof Histogram);
  Kept = Histogram;
  int Bucket = *(const int *)Arg;
  return (void *)(long)Histogram[Bucket]; // PAST_BIG
}

__attribute__((noinline)) int dead_neighbor(int N, int Past) {
  volatile int Counts[4] = {0};
  {
    volatile char Scratch[16];
    Kept = (int *)Scratch;
    Scratch[0] = N;
  }
  Counts[N] = N;
  if (Past)
    Counts[8] = N; // past Counts, into Scratch
  return Counts[0];
}
// DEAD-NEIGHBOR: ERROR: memscope: stack-use-after-scope
// DEAD-NEIGHBOR: #0 {{.*}} in dead_neighbor {{.*}}frame-limits.c:[[@LINE-4]]
// DEAD-NEIGHBOR: 'Scratch'

static void on_big_stack(void *(*Body)(void *), const void *Arg) {
  pthread_attr_t Attr;
  pthread_attr_init(&Attr);
  pthread_attr_setstacksize(&Attr, 300 << 20);
  pthread_t T;
  pthread_create(&T, &Attr, Body, (void *)Arg);
  pthread_join(T, 0);
}

int main(int Argc, char **Argv) {
  const char *C = Argc > 1 ? Argv[1] : "clean";
  if (!strcmp(C, "clean")) {
    Sink = sector(Index + 511);
    on_big_stack(beside_huge, "fifteen chars..");
    int Last = Index + (16 << 20) + 15;
    on_big_stack(past_big, &Last);
    Sink = dead_neighbor(Index + 3, 0);
  }
  if (!strcmp(C, "sector"))
    Sink = sector(Index + 512);
  if (!strcmp(C, "beside-huge"))
    on_big_stack(beside_huge, "a label far too long");
  if (!strcmp(C, "past-big")) {
    int Past = Index + (16 << 20) + 16;
    on_big_stack(past_big, &Past);
  }
  if (!strcmp(C, "dead-neighbor"))
    Sink = dead_neighbor(Index + 1, 1);
  return 0;
}

// CASE: sector stack-buffer-overflow SECTOR
// CASE: beside-huge stack-buffer-overflow BESIDE_HUGE
// CASE: past-big stack-buffer-overflow PAST_BIG
