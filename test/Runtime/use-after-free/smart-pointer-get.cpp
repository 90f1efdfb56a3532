// ===- test/Runtime/use-after-free/smart-pointer-get.cpp - get() ----------===
//
// A raw pointer taken with get() outlives its owner: a unique_ptr that is
// reset, and a shared_ptr whose last owner lets go (the first reset leaves
// the object alive; only the second frees it). make_shared puts the object
// inside the control block, so that region is larger than the int.
//
// See also: clean/smart-pointers.cpp (the same types used correctly).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: not %t unique 2>&1 | FileCheck %s --check-prefix=UNIQUE
// RUN: not %t shared 2>&1 | FileCheck %s --check-prefix=SHARED
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: not %t unique 2>&1 | FileCheck %s --check-prefix=UNIQUE
// RUN: not %t shared 2>&1 | FileCheck %s --check-prefix=SHARED

#include <cstdio>
#include <cstring>
#include <memory>

// Not inlined: at -O2 the two reads of *Raw would otherwise merge into one
// load with no single source line.
__attribute__((noinline)) static int viaUnique(int Seed) {
  std::unique_ptr<int> Owner(new int(Seed)); // ALLOC-UNIQUE
  int *Raw = Owner.get();
  Owner.reset(); // FREE-UNIQUE
  return *Raw; // BOOM-UNIQUE
}

__attribute__((noinline)) static int viaShared(int Seed) {
  std::shared_ptr<int> Owner = std::make_shared<int>(Seed); // ALLOC-SHARED
  std::shared_ptr<int> Second = Owner;
  int *Raw = Owner.get();
  Owner.reset();
  std::fprintf(stderr, "still alive: %d\n", *Raw);
  Second.reset(); // FREE-SHARED
  return *Raw; // BOOM-SHARED
}

int main(int argc, char **argv) {
  int Result = std::strcmp(argv[1], "unique") == 0 ? viaUnique(argc)
                                                    : viaShared(argc);
  std::printf("%d\n", Result);
  return 0;
}

// UNIQUE:      ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]]
// UNIQUE-NEXT: READ of size 4 at [[ADDR]] thread T0
// UNIQUE-NEXT:   #0 {{.*}} in viaUnique{{.*}}smart-pointer-get.cpp:[[@LINE-22]]:
// UNIQUE:      [[ADDR]] is located 0 bytes inside of 4-byte region
// UNIQUE-NEXT: freed by thread T0 here:
// UNIQUE-NEXT:   #0 {{.*}} in operator delete(void*
// UNIQUE:        in viaUnique{{.*}}smart-pointer-get.cpp:[[@LINE-27]]:
// UNIQUE:      previously allocated by thread T0 here:
// UNIQUE-NEXT:   #0 {{.*}} in operator new(unsigned long)
// UNIQUE-NEXT:   #1 {{.*}} in viaUnique{{.*}}smart-pointer-get.cpp:[[@LINE-32]]:
// UNIQUE:      SUMMARY: memscope: heap-use-after-free {{.*}}smart-pointer-get.cpp:[[@LINE-30]]:{{[0-9]+}} in viaUnique

// SHARED:      still alive: 2
// SHARED:      ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]]
// SHARED-NEXT: READ of size 4 at [[ADDR]] thread T0
// SHARED-NEXT:   #0 {{.*}} in viaShared{{.*}}smart-pointer-get.cpp:[[@LINE-25]]:
// SHARED:      [[ADDR]] is located {{[0-9]+}} bytes inside of {{[0-9]+}}-byte region
// SHARED-NEXT: freed by thread T0 here:
// SHARED-NEXT:   #0 {{.*}} in operator delete(void*
// SHARED:        in viaShared{{.*}}smart-pointer-get.cpp:[[@LINE-30]]:
// SHARED:      previously allocated by thread T0 here:
// SHARED-NEXT:   #0 {{.*}} in operator new(unsigned long)
// SHARED:        in viaShared{{.*}}smart-pointer-get.cpp:[[@LINE-38]]:
// SHARED:      SUMMARY: memscope: heap-use-after-free {{.*}}smart-pointer-get.cpp:[[@LINE-33]]:{{[0-9]+}} in viaShared
