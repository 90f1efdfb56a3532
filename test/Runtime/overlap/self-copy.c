// ===- test/Runtime/overlap/self-copy.c - a copy onto itself --------------===
//
// A string copied onto itself overlaps itself: strcpy(p, p), strncpy(p, p,
// n) and strcat(p, p) are <function>-param-overlap, as ASan reports them.
// A memory copy onto itself (memcpy(p, p, n), which compilers make of a
// struct's self-assignment) is not reported, as in ASan.
//
// See also: runtime/memscope_interceptors.h (MEMSCOPE_CHECK_COPY_OVERLAP),
// overlap/memcpy-param-overlap.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t memcpy 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t strcpy 2>&1 | FileCheck %s -DFUNC=strcpy -DLINE=32
// RUN: not %t strncpy 2>&1 | FileCheck %s -DFUNC=strncpy -DLINE=34
// RUN: not %t strcat 2>&1 | FileCheck %s -DFUNC=strcat -DLINE=36
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %t memcpy 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t strcpy 2>&1 | FileCheck %s -DFUNC=strcpy -DLINE=32
// RUN: not %t strcat 2>&1 | FileCheck %s -DFUNC=strcat -DLINE=36

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *Text = malloc(64);
  strcpy(Text, "some text");
  char *Same = argc > 1 ? Text : argv[0];
  const char *Which = argv[1];
  if (strcmp(Which, "strcpy") == 0)
    strcpy(Text, Same);
  else if (strcmp(Which, "strncpy") == 0)
    strncpy(Text, Same, 16);
  else if (strcmp(Which, "strcat") == 0)
    strcat(Text, Same);
  else
    memcpy(Text, Same, 16);
  fprintf(stderr, "done: %s\n", Text);
  free(Text);
  return 0;
}

// CHECK:      ERROR: memscope: [[FUNC]]-param-overlap: memory ranges
// CHECK-NEXT:   #0 {{.*}} in {{.*}}[[FUNC]]
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}self-copy.c:[[LINE]]:
// CHECK:      SUMMARY: memscope: [[FUNC]]-param-overlap {{.*}}self-copy.c:[[LINE]]:{{[0-9]+}} in main
// CHECK-NOT:  done:

// CLEAN:     done: some text
// CLEAN-NOT: ERROR
