// ===- test/Runtime/leak/shapes.c - every leak that happened is reported --===
//
// Leaks of the shapes real programs have, each made in a function that has
// returned by the time main does: a record held in a typed local, a list
// whose head is dropped, a realloc chain, the raw members of a freed
// object, a block of a thread that has exited. Their last pointers stay
// behind in dead frames (and, before the fix, the pass's own calls left
// copies there): the exit check must not take those for roots. Every one
// is a leak at run time and is reported here with its allocation line.
//
// See also: runtime/memscope_lsan.cpp (the exiting thread is no root).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t -lpthread && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t -lpthread && not %t 2>&1 | FileCheck %s
// LSan and ASan's option variables are read too.
// RUN: env ASAN_OPTIONS=detect_leaks=0:unknown_asan_key=1 %t 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// RUN: env LSAN_OPTIONS=exitcode=7:report_objects=1 sh -c '%t >%t.out 2>&1; echo status $?' | FileCheck %s --check-prefix=STATUS
// RUN: FileCheck %s --check-prefix=OBJECTS < %t.out
// RUN: env LSAN_OPTIONS=exitcode=7 MEMSCOPE_OPTIONS=exitcode=9 sh -c '%t >/dev/null 2>&1; echo status $?' | FileCheck %s --check-prefix=WINS

// CHECK: ERROR: LeakSanitizer: detected memory leaks

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct Record {
  int Id;
  char Name[20];
};

struct Node {
  struct Node *Next;
  long Payload[3];
};

struct Holder {
  char *Key;
  char *Value;
};

void *volatile Sink;

__attribute__((noinline)) void useRecord(struct Record *R) {
  Sink = R;
  Sink = 0;
}

__attribute__((noinline)) int recordInLocal(int Id) {
  struct Record *R = malloc(sizeof(struct Record));
  // CHECK-DAG: Direct leak of 24 byte(s) in 1 object(s) allocated from:
  // CHECK-DAG: in recordInLocal {{.*}}shapes.c:[[@LINE-2]]
  R->Id = Id;
  strcpy(R->Name, "record");
  useRecord(R);
  return R->Id;
}

__attribute__((noinline)) void dropListHead(void) {
  struct Node *Head = 0;
  for (int I = 0; I < 3; ++I) {
    struct Node *N = malloc(sizeof(struct Node));
    // CHECK-DAG: Direct leak of 32 byte(s) in 1 object(s) allocated from:
    // (one group at -O0; at -O2 the loop is unrolled into three sites)
    // CHECK-DAG: Indirect leak of {{32|64}} byte(s) in {{1|2}} object(s) allocated from:
    // CHECK-DAG: in dropListHead {{.*}}shapes.c:[[@LINE-4]]
    N->Next = Head;
    Head = N;
  }
  Sink = Head;
  Sink = 0;
}

__attribute__((noinline)) void reallocChain(void) {
  char *P = malloc(8);
  P = realloc(P, 64);
  P = realloc(P, 300);
  // CHECK-DAG: Direct leak of 300 byte(s) in 1 object(s) allocated from:
  // CHECK-DAG: in reallocChain {{.*}}shapes.c:[[@LINE-2]]
  P[0] = 1;
  Sink = P;
  Sink = 0;
}

__attribute__((noinline)) void useHolder(struct Holder *H) {
  Sink = H->Key;
  Sink = H->Value;
}

__attribute__((noinline)) void freeOnlyTheHolder(void) {
  struct Holder *H = malloc(sizeof(struct Holder));
  H->Key = malloc(111);
  // CHECK-DAG: Direct leak of 111 byte(s) in 1 object(s) allocated from:
  // CHECK-DAG: in freeOnlyTheHolder {{.*}}shapes.c:[[@LINE-2]]
  H->Value = malloc(222);
  // CHECK-DAG: Direct leak of 222 byte(s) in 1 object(s) allocated from:
  // CHECK-DAG: in freeOnlyTheHolder {{.*}}shapes.c:[[@LINE-2]]
  useHolder(H);
  free(H);
  Sink = 0;
}

// The pointer is left in every slot of a large dead frame, so some copies
// survive below main's frame whatever the exit path writes over them.
// ASan+LSan (clang 22) report no leak here at -O0 or -O2: they scan the
// exiting thread's stack above the checker's own frame.
__attribute__((noinline)) void staleCopies(void) {
  void *volatile Slots[512];
  char *P = malloc(61);
  // CHECK-DAG: Direct leak of 61 byte(s) in 1 object(s) allocated from:
  // CHECK-DAG: in staleCopies {{.*}}shapes.c:[[@LINE-2]]
  for (int I = 0; I < 512; ++I)
    Slots[I] = P;
}

void *threadBody(void *Arg) {
  char *P = malloc(55);
  // CHECK-DAG: Direct leak of 55 byte(s) in 1 object(s) allocated from:
  // CHECK-DAG: in threadBody {{.*}}shapes.c:[[@LINE-2]]
  P[0] = (char)(long)Arg;
  Sink = P;
  Sink = 0;
  return 0;
}

int main(void) {
  recordInLocal(1);
  dropListHead();
  reallocChain();
  freeOnlyTheHolder();
  staleCopies();
  pthread_t T;
  pthread_create(&T, 0, threadBody, 0);
  pthread_join(T, 0);
  return 0;
}

// CHECK: SUMMARY: memscope: 869 byte(s) leaked in 9 allocation(s).

// OFF-NOT: leak

// STATUS: status 7
// OBJECTS: Objects leaked above:

// WINS: status 9
