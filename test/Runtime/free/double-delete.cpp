// ===- test/Runtime/free/double-delete.cpp - delete twice -----------------===
//
// The same object deleted through two owners that each believe they own it:
// double-free from operator delete.
//
// See also: free/double-free.c.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <cstdio>

struct Session {
  int Id;
  char Name[20];
};

struct Handle {
  Session *S;
  ~Handle() { delete S; } // FREE
};

int main(int argc, char **) {
  Session *S = new Session{argc, "guest"}; // ALLOC
  std::fprintf(stderr, "%d %s\n", S->Id, S->Name);
  {
    Handle First{S};
  }
  delete S; // BOOM
  return 0;
}

// CHECK:      ERROR: memscope: attempting double-free on [[ADDR:0x[0-9a-f]+]] in thread T0:
// CHECK-NEXT:   #0 {{.*}} in operator delete(void*
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}double-delete.cpp:[[@LINE-6]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 24-byte region
// CHECK-NEXT: freed by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator delete(void*
// CHECK-NEXT:   #1 {{.*}} in Handle::~Handle() {{.*}}double-delete.cpp:[[@LINE-19]]:
// CHECK:      previously allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in operator new(unsigned long)
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}double-delete.cpp:[[@LINE-18]]:
// CHECK:      SUMMARY: memscope: double-free {{.*}}double-delete.cpp:[[@LINE-14]]:{{[0-9]+}} in main
