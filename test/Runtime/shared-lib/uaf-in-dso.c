// ===- test/Runtime/shared-lib/uaf-in-dso.c - a bug in a .so --------------===
//
// The buggy code lives in an instrumented shared library (built without the
// runtime, which it finds in the executable) loaded by an instrumented
// executable. The report's stacks and SUMMARY name the library's source
// lines and functions, whichever module allocated or freed.
//
// See also: test/Driver/shared-library.c (the link itself),
// interface/exports.test.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 -fPIC -shared -DSHARED_PART %s -o %t.so
// RUN: %clang_memscope -O0 %s %t.so -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 -fPIC -shared -DSHARED_PART %s -o %t.so
// RUN: %clang_memscope -O2 %s %t.so -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>

char *libMakeLabel(int Id);
void libDropLabel(char *Label);
int libLabelHash(const char *Label);

#ifdef SHARED_PART

char *libMakeLabel(int Id) {
  char *Label = malloc(16); // ALLOC
  snprintf(Label, 16, "label-%d", Id);
  return Label;
}

void libDropLabel(char *Label) {
  free(Label); // FREE
  fprintf(stderr, "dropped\n");
}

int libLabelHash(const char *Label) {
  return Label[0] * 31 + Label[6]; // BOOM
}

#else

int main(int argc, char **argv) {
  char *Label = libMakeLabel(argc); // MAKE
  fprintf(stderr, "%s\n", Label);
  libDropLabel(Label); // DROP
  fprintf(stderr, "%d\n", libLabelHash(Label)); // USE
  return 0;
}

#endif

// CHECK:      label-1
// CHECK:      dropped
// CHECK:      ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 1 at [[ADDR]] thread T0
// CHECK-NEXT:   #0 {{.*}} in libLabelHash {{.*}}uaf-in-dso.c:[[@LINE-19]]:
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}uaf-in-dso.c:[[@LINE-11]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 16-byte region
// CHECK-NEXT: freed by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in free
// CHECK-NEXT:   #1 {{.*}} in libDropLabel {{.*}}uaf-in-dso.c:[[@LINE-29]]:
// CHECK-NEXT:   #2 {{.*}} in main {{.*}}uaf-in-dso.c:[[@LINE-17]]:
// CHECK:      previously allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in libMakeLabel {{.*}}uaf-in-dso.c:[[@LINE-39]]:
// CHECK-NEXT:   #2 {{.*}} in main {{.*}}uaf-in-dso.c:[[@LINE-23]]:
// CHECK:      SUMMARY: memscope: heap-use-after-free {{.*}}uaf-in-dso.c:[[@LINE-30]]:{{[0-9]+}} in libLabelHash
