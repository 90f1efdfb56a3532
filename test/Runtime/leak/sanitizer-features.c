// ===- test/Runtime/leak/sanitizer-features.c - code that asks which sanitizer ===//
//
// Programs that talk to LSan only when it is there (`__has_feature(leak_sanitizer)`
// under -fsanitize=leak, `__has_feature(address_sanitizer)` under ASan)
// find it under memscope's builds too: the leak-only build answers like
// -fsanitize=leak, the full build like -fsanitize=address, so the block
// the program hands to __lsan_ignore_object is not a leak in either.
//
// See also: utils/memscope-clang.in (the front ends), docs/Drivers.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope_leak -O0 %s -o %t && %t 2>&1 | FileCheck %s --check-prefix=LEAK
// RUN: %clang_memscope_leak -O2 %s -o %t && %t 2>&1 | FileCheck %s --check-prefix=LEAK
// RUN: %clang_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --check-prefix=FULL
// RUN: %clang_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --check-prefix=FULL

#include <stdio.h>
#include <stdlib.h>

#if __has_feature(leak_sanitizer) || __has_feature(address_sanitizer)
#include <sanitizer/lsan_interface.h>
#define IGNORE_LEAK(P) __lsan_ignore_object(P)
#else
#define IGNORE_LEAK(P) (void)(P)
#endif

void *volatile Kept;

int main(void) {
  void *Cache = malloc(64); // lives until exit on purpose
  IGNORE_LEAK(Cache);
  Kept = Cache;
  Kept = 0;
#if __has_feature(leak_sanitizer)
  fprintf(stderr, "leak_sanitizer\n");
#endif
#if __has_feature(address_sanitizer)
  fprintf(stderr, "address_sanitizer\n");
#endif
  return 0;
}

// LEAK: leak_sanitizer
// LEAK-NOT: address_sanitizer
// LEAK-NOT: detected memory leaks
// FULL-NOT: leak_sanitizer
// FULL: address_sanitizer
// FULL-NOT: detected memory leaks
