// ===- test/Runtime/global/init-order.cpp - initialization-order fiasco ---===
//
// A dynamic initializer that reads another module's dynamically initialized
// global before that module's initializers ran reads a zero: with
// check_initialization_order=1 that read is an initialization-order-fiasco
// at the reading line, naming the global (as ASan reports it). The bug
// shows only when the reading module is initialized first (listed first
// on the link line), unless strict_init_order=1, which catches it in
// either order. Without the option, nothing is reported (ASan's default).
// Reading a global the other module has already initialized is fine, and
// so is everything once main runs.
//
// See also: runtime/memscope_globals.cpp, pass/Globals.cpp
// (checkInitializationOrder).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 -DREADER %s -c -o %t-reader.o
// RUN: %clangxx_memscope -O0 %s -c -o %t-defines.o
// RUN: %clangxx_memscope %t-reader.o %t-defines.o -o %t-first
// RUN: %clangxx_memscope %t-defines.o %t-reader.o -o %t-second
// RUN: env MEMSCOPE_OPTIONS=check_initialization_order=1 not %t-first 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=check_initialization_order=1 %t-second 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: env MEMSCOPE_OPTIONS=strict_init_order=1 not %t-second 2>&1 | FileCheck %s
// RUN: %t-first 2>&1 | FileCheck %s --check-prefix=UNCHECKED
// RUN: %clangxx_memscope -O2 -DREADER %s -c -o %t-reader2.o
// RUN: %clangxx_memscope -O2 %s -c -o %t-defines2.o
// RUN: %clangxx_memscope %t-reader2.o %t-defines2.o -o %t-first2
// RUN: env MEMSCOPE_OPTIONS=check_initialization_order=1 not %t-first2 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=strict_init_order=1 not %t-first2 2>&1 | FileCheck %s

#include <cstdio>
#include <cstdlib>

#ifdef READER
extern int Limit;

__attribute__((noinline)) int readLimit() {
  return Limit * 2;
  // CHECK: ERROR: memscope: initialization-order-fiasco on address
  // CHECK: READ of size 4 at {{.*}} thread T0
  // CHECK: #0 {{.*}} in readLimit{{.*}}init-order.cpp:[[@LINE-3]]
  // CHECK: is located 0 bytes inside of global variable 'Limit' defined in '{{.*}}init-order.cpp:{{[0-9]+}}' {{.*}} of size 4
  // CHECK: SUMMARY: memscope: initialization-order-fiasco {{.*}}init-order.cpp:[[@LINE-5]]
  // CHECK: Global init order:       f6
}

int Doubled = readLimit();

int main() {
  std::printf("doubled %d\n", Doubled);
  // CLEAN: doubled 84
  // UNCHECKED: doubled 0
  // Once main runs, every global is addressable.
  return Doubled == 84 || Doubled == 0 ? 0 : 1;
}
#else
int computeLimit() { return std::getenv("NO_SUCH_VARIABLE_HERE") ? 1 : 42; }
int Limit = computeLimit();
#endif
