// ===- test/Runtime/flags/start-deactivated.cpp - a runtime started off ---===//
//
// start_deactivated=1 (ASan's option, for a runtime loaded ahead of the
// instrumented code): an executable built without memscope but linked with
// its runtime allocates with no redzones and no quarantine, and a heap
// overflow through an intercepted call goes unreported; the constructor of
// the first module built with memscope (here a dlopen'd library) activates
// the checks with the options given at start, as ASAN_ACTIVATION_OPTIONS or
// MEMSCOPE_ACTIVATION_OPTIONS change them. Blocks live then, and free
// blocks reused later, get their redzones; the library's overflow and
// use-after-free are reported at their lines. help=1 at activation lists
// what activation may change; an option it may not is listed at
// verbosity=1. An instrumented executable is active from its first
// constructor on.
//
// See also: runtime/memscope_flags.cpp (ActivateFlags),
// runtime/memscope_allocator.cpp (ActivateAllocator), docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 -DLIB -fPIC -shared %s -o %t-lib.so
// RUN: %clangxx -g -O0 -c %s -o %t.o
// RUN: %clangxx_memscope %t.o -ldl -o %t
// RUN: env MEMSCOPE_OPTIONS=start_deactivated=1 not %t %t-lib.so overflow 2>&1 | FileCheck %s --check-prefixes=CHECK,OVERFLOW
// RUN: env MEMSCOPE_OPTIONS=start_deactivated=1 not %t %t-lib.so use-after-free 2>&1 | FileCheck %s --check-prefixes=CHECK,UAF
// RUN: env MEMSCOPE_OPTIONS=start_deactivated=1 not %t %t-lib.so too-big 2>&1 | FileCheck %s --check-prefixes=CHECK,TOO-BIG
// RUN: env MEMSCOPE_OPTIONS=start_deactivated=1 ASAN_ACTIVATION_OPTIONS=allocator_may_return_null=1 %t %t-lib.so too-big 2>&1 | FileCheck %s --check-prefixes=CHECK,NULL
// RUN: env MEMSCOPE_OPTIONS=start_deactivated=1 ASAN_ACTIVATION_OPTIONS=poison_heap=0 %t %t-lib.so overflow 2>&1 | FileCheck %s --check-prefixes=STILL-OFF
// RUN: env MEMSCOPE_OPTIONS=start_deactivated=1 MEMSCOPE_ACTIVATION_OPTIONS=help=1:handle_segv=0 not %t %t-lib.so overflow 2>&1 | FileCheck %s --check-prefixes=HELP,QUIET
// RUN: env MEMSCOPE_OPTIONS=start_deactivated=1 MEMSCOPE_ACTIVATION_OPTIONS=handle_segv=0:verbosity=1 not %t %t-lib.so overflow 2>&1 | FileCheck %s --check-prefixes=UNRECOGNIZED
// RUN: %clangxx_memscope -O2 -DLIB -fPIC -shared %s -o %t-lib.so
// RUN: %clangxx -g -O2 -c %s -o %t.o
// RUN: %clangxx_memscope %t.o -ldl -o %t
// RUN: env MEMSCOPE_OPTIONS=start_deactivated=1 not %t %t-lib.so overflow 2>&1 | FileCheck %s --check-prefixes=CHECK,OVERFLOW
// RUN: env MEMSCOPE_OPTIONS=start_deactivated=1 not %t %t-lib.so use-after-free 2>&1 | FileCheck %s --check-prefixes=CHECK,UAF
// An executable built with memscope activates the runtime at once.
// RUN: %clangxx_memscope -O0 -DWHOLE %s -o %t-whole
// RUN: env MEMSCOPE_OPTIONS=start_deactivated=1 not %t-whole 2>&1 | FileCheck %s --check-prefixes=WHOLE

#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(LIB)

extern "C" int lib_overflow(char *Block, int Size) {
  return Block[Size + 3]; // the library's overflow line
}

extern "C" int lib_use_after_free(char *Block) {
  free(Block);
  return Block[2]; // the library's use-after-free line
}

#elif defined(WHOLE)

int main() {
  char *volatile Block = (char *)malloc(10);
  Block[10] = 1;
  free(Block);
  return 0;
}
// WHOLE: ERROR: memscope: heap-buffer-overflow
// WHOLE: #0 {{.*}} in main {{.*}}start-deactivated.cpp:[[#@LINE-5]]

#else

#include <dlfcn.h>

// Whether the block's redzones on both sides are poisoned; aborts when
// they are neither both poisoned nor both clear, or the block is poisoned.
static bool HasRedzones(char *Block, size_t Size) {
  bool Left = __asan_address_is_poisoned(Block - 1);
  bool Right = __asan_address_is_poisoned(Block + Size);
  if (Left != Right || __asan_region_is_poisoned(Block, Size))
    abort();
  return Left;
}

static volatile size_t HugeSize = ~size_t(0) - 1;

int main(int argc, char **argv) {
  const size_t kSizes = 100;
  char *Early[kSizes];
  bool Clear = true;
  for (size_t Size = 1; Size < kSizes; ++Size) {
    Early[Size] = (char *)malloc(Size);
    Clear &= !HasRedzones(Early[Size], Size);
  }
  // Freed straight back (no quarantine yet), to be reused once active.
  char *Reused[64];
  for (char *&Block : Reused)
    Block = (char *)malloc(4096);
  for (char *Block : Reused)
    free(Block);
  // Intercepted, yet not reported before activation; an impossible size
  // gives NULL.
  memset(Early[10], 0, 11);
  void *Huge = malloc(HugeSize);
  fprintf(stderr, "before: clear %d, huge %p\n", Clear, Huge);
  // CHECK: WARNING: memscope failed to allocate 0xfff
  // CHECK: before: clear 1, huge (nil)
  // STILL-OFF: before: clear 1, huge (nil)

  void *Lib = dlopen(argv[1], RTLD_NOW);
  if (!Lib) {
    fprintf(stderr, "dlopen: %s\n", dlerror());
    return 2;
  }
  bool Guarded = true;
  for (size_t Size = 1; Size < kSizes; ++Size)
    Guarded &= HasRedzones(Early[Size], Size);
  for (char *&Block : Reused) {
    Block = (char *)malloc(4096);
    Guarded &= HasRedzones(Block, 4096);
  }
  fprintf(stderr, "after: guarded %d\n", Guarded);
  // CHECK: after: guarded 1
  // STILL-OFF: after: guarded 0

  if (!strcmp(argv[2], "too-big")) {
    void *Huge = malloc(HugeSize);
    fprintf(stderr, "huge %p\n", Huge);
  } else if (!strcmp(argv[2], "overflow")) {
    auto *Overflow = (int (*)(char *, int))dlsym(Lib, "lib_overflow");
    char *Block = (char *)malloc(20);
    fprintf(stderr, "read %d\n", Overflow(Block, 20));
    free(Block);
  } else {
    auto *UseAfterFree = (int (*)(char *))dlsym(Lib, "lib_use_after_free");
    fprintf(stderr, "read %d\n", UseAfterFree((char *)malloc(20)));
  }
  for (size_t Size = 1; Size < kSizes; ++Size)
    free(Early[Size]);
  for (char *Block : Reused)
    free(Block);
  fprintf(stderr, "done\n");
  return 0;
}

// OVERFLOW: ERROR: memscope: heap-buffer-overflow
// OVERFLOW: READ of size 1
// OVERFLOW: #0 {{.*}} in lib_overflow {{.*}}start-deactivated.cpp:[[#@LINE-96]]
// OVERFLOW: is located 3 bytes after 20-byte region
// UAF: ERROR: memscope: heap-use-after-free
// UAF: #0 {{.*}} in lib_use_after_free {{.*}}start-deactivated.cpp:[[#@LINE-94]]
// TOO-BIG: ERROR: memscope: requested allocation size 0xfff
// NULL: WARNING: memscope failed to allocate 0xfff
// NULL: huge (nil)
// NULL: done
// NULL-NOT: ERROR
// STILL-OFF: read
// STILL-OFF: done
// STILL-OFF-NOT: ERROR

// HELP: Available flags for memscope:
// HELP-NOT: handle_segv
// HELP: max_redzone
// HELP-NOT: handle_segv
// HELP: ERROR: memscope: heap-buffer-overflow
// QUIET-NOT: unrecognized
// UNRECOGNIZED: WARNING: found 1 unrecognized flag(s):
// UNRECOGNIZED-NEXT: {{^    handle_segv$}}
// UNRECOGNIZED: ERROR: memscope: heap-buffer-overflow

#endif
