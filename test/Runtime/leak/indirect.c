// ===- test/Runtime/leak/indirect.c - a lost linked list ------------------===
//
// The head of a lost list is a direct leak; the nodes only it reaches are
// indirect leaks, reported apart, as LSan does. The list is built on a
// thread that has exited by the check: at -O0 a stale copy of a node pointer
// left in main's stack would keep part of the list reachable (conservative
// scanning, the same in LSan).
//
// See also: runtime/memscope_lsan.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// The same results are in the trace, with the blocks' passports.
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.trace not %t 2>/dev/null
// RUN: memscope report %t.trace | FileCheck %s --check-prefix=TRACE

#include <pthread.h>
#include <stdlib.h>

struct Node {
  struct Node *Next;
  long Payload[3];
};

struct Node *volatile List;

__attribute__((noinline)) void *build(void *Arg) {
  int N = *(int *)Arg;
  for (int I = 0; I < N; ++I) {
    struct Node *Nd = malloc(sizeof(struct Node)); // ALLOC
    Nd->Next = List;
    List = Nd;
  }
  List = 0; // The whole list is lost.
  return 0;
}

int main() {
  int N = 5;
  pthread_t T;
  pthread_create(&T, 0, build, &N);
  pthread_join(T, 0);
  return 0;
  // CHECK: ERROR: LeakSanitizer: detected memory leaks
  // CHECK-DAG: Direct leak of 32 byte(s) in 1 object(s) allocated from:
  // CHECK-DAG: Indirect leak of 128 byte(s) in 4 object(s) allocated from:
  // CHECK: SUMMARY: memscope: 160 byte(s) leaked in 5 allocation(s).
  // TRACE: Leak check #1 at exit
  // TRACE-DAG: Direct leak of 32 byte(s) in 1 object(s) allocated from:
  // TRACE-DAG: Indirect leak of 128 byte(s) in 4 object(s) allocated from:
  // TRACE-DAG: passports: #{{[0-9]+}} (Node) #{{[0-9]+}} (Node) #{{[0-9]+}} (Node) #{{[0-9]+}} (Node){{$}}
  // TRACE: SUMMARY: memscope: 160 byte(s) leaked in 5 allocation(s).
}
