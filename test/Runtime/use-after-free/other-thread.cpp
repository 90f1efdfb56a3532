// ===- test/Runtime/use-after-free/other-thread.cpp - across threads ------===
//
// The block is freed on one thread and used on another, both ways round:
//   freed-in-child: T0 allocates, T1 deletes, T0 reads after joining T1;
//   used-in-child:  T0 allocates and deletes, then T1 reads.
// The report names the thread of every stack and says where each thread
// other than T0 was created.
//
// See also: runtime/memscope_thread.cpp, runtime/memscope_interceptors.cpp
// (pthread_create), clean/threads.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: not %t freed-in-child 2>&1 | FileCheck %s --check-prefix=FREED
// RUN: not %t used-in-child 2>&1 | FileCheck %s --check-prefix=USED
// At -O2 std::thread's constructor is inlined into main and calls into
// libstdc++.so, which keeps no frame pointers: the default frame-pointer
// unwinder skips from there straight past main. The DWARF unwinder does not.
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=fast_unwind_on_malloc=0 not %t freed-in-child 2>&1 | FileCheck %s --check-prefix=FREED
// RUN: env MEMSCOPE_OPTIONS=fast_unwind_on_malloc=0 not %t used-in-child 2>&1 | FileCheck %s --check-prefix=USED

#include <cstdio>
#include <cstring>
#include <thread>

__attribute__((noinline)) static void release(int *Values) {
  delete[] Values; // FREE-CHILD
  std::fputs("released\n", stderr); // Not a tail call: keeps this frame.
}

__attribute__((noinline)) static void readSecond(int *Values) {
  std::printf("%d\n", Values[1]); // BOOM-CHILD
}

int main(int argc, char **argv) {
  int *Values = new int[4]; // ALLOC
  Values[1] = argc;
  if (std::strcmp(argv[1], "freed-in-child") == 0) {
    std::thread Child(release, Values); // THREAD-FREES
    Child.join();
    std::printf("%d\n", Values[1]); // BOOM-MAIN
  } else {
    delete[] Values; // FREE-MAIN
    std::thread Child(readSecond, Values); // THREAD-READS
    Child.join();
  }
  return 0;
}

// FREED:      ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]]
// FREED-NEXT: READ of size 4 at [[ADDR]] thread T0
// FREED-NEXT:   #0 {{.*}} in main {{.*}}other-thread.cpp:[[@LINE-11]]:
// FREED:      [[ADDR]] is located 4 bytes inside of 16-byte region
// FREED-NEXT: freed by thread T1 here:
// FREED-NEXT:   #0 {{.*}} in operator delete[](void*
// FREED-NEXT:   #1 {{.*}} in release{{.*}}other-thread.cpp:[[@LINE-29]]:
// FREED:      previously allocated by thread T0 here:
// FREED-NEXT:   #0 {{.*}} in operator new[](unsigned long)
// FREED-NEXT:   #1 {{.*}} in main {{.*}}other-thread.cpp:[[@LINE-23]]:
// FREED:      Thread T1 created by T0 here:
// FREED-NEXT:   #0 {{.*}} in pthread_create
// FREED:        in main {{.*}}other-thread.cpp:[[@LINE-23]]:
// FREED:      SUMMARY: memscope: heap-use-after-free {{.*}}other-thread.cpp:[[@LINE-22]]:{{[0-9]+}} in main

// USED:      ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]]
// USED-NEXT: READ of size 4 at [[ADDR]] thread T1
// USED-NEXT:   #0 {{.*}} in readSecond{{.*}}other-thread.cpp:[[@LINE-35]]:
// USED:      [[ADDR]] is located 4 bytes inside of 16-byte region
// USED-NEXT: freed by thread T0 here:
// USED-NEXT:   #0 {{.*}} in operator delete[](void*
// USED-NEXT:   #1 {{.*}} in main {{.*}}other-thread.cpp:[[@LINE-28]]:
// USED:      previously allocated by thread T0 here:
// USED-NEXT:   #0 {{.*}} in operator new[](unsigned long)
// USED-NEXT:   #1 {{.*}} in main {{.*}}other-thread.cpp:[[@LINE-38]]:
// USED:      Thread T1 created by T0 here:
// USED-NEXT:   #0 {{.*}} in pthread_create
// USED:        in main {{.*}}other-thread.cpp:[[@LINE-33]]:
// USED:      SUMMARY: memscope: heap-use-after-free {{.*}}other-thread.cpp:[[@LINE-46]]:{{[0-9]+}} in readSecond
