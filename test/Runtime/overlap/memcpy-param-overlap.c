// ===- test/Runtime/overlap/memcpy-param-overlap.c - overlapping copies ---===
//
// memcpy, strcpy, strncpy, strcat and strncat require source and
// destination not to overlap (memmove exists for that): <function>-param-
// overlap in ASan's words, destination range first, with the stack of the
// call. argv[1] picks the function. memmove over such ranges is fine
// (clean/strings.c).
//
// See also: runtime/memscope_interceptors.h (MEMSCOPE_CHECK_OVERLAP).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t memcpy 2>&1 | FileCheck %s --check-prefixes=CHECK,MEMCPY -DFUNC=memcpy
// RUN: not %t strcpy 2>&1 | FileCheck %s --check-prefixes=CHECK,STRCPY -DFUNC=strcpy
// RUN: not %t strncpy 2>&1 | FileCheck %s --check-prefixes=CHECK,STRNCPY -DFUNC=strncpy
// RUN: not %t strcat 2>&1 | FileCheck %s --check-prefixes=CHECK,STRCAT -DFUNC=strcat
// RUN: not %t strncat 2>&1 | FileCheck %s --check-prefixes=CHECK,STRNCAT -DFUNC=strncat
// RUN: %clang_memscope -O2 %s -o %t
// RUN: not %t memcpy 2>&1 | FileCheck %s --check-prefixes=CHECK,MEMCPY -DFUNC=memcpy
// RUN: not %t strcpy 2>&1 | FileCheck %s --check-prefixes=CHECK,STRCPY -DFUNC=strcpy

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *Text = malloc(64);
  strcpy(Text, "some text to copy");
  const char *Which = argv[1];
  if (strcmp(Which, "memcpy") == 0)
    memcpy(Text + 4, Text, 8 + argc); // BOOM-MEMCPY
  else if (strcmp(Which, "strcpy") == 0)
    strcpy(Text + argc, Text); // BOOM-STRCPY
  else if (strcmp(Which, "strncpy") == 0)
    strncpy(Text, Text + argc, 10); // BOOM-STRNCPY
  else if (strcmp(Which, "strcat") == 0)
    strcat(Text, Text + argc); // BOOM-STRCAT
  else
    strncat(Text, Text + argc, 4); // BOOM-STRNCAT
  fprintf(stderr, "%s\n", Text);
  free(Text);
  return 0;
}

// CHECK:        ERROR: memscope: [[FUNC]]-param-overlap: memory ranges [0x{{[0-9a-f]+}},0x{{[0-9a-f]+}}) and [0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}) overlap
// CHECK-NEXT:     #0 {{.*}} in {{.*}}[[FUNC]]
// MEMCPY-NEXT:    #1 {{.*}} in main {{.*}}memcpy-param-overlap.c:[[@LINE-16]]:
// STRCPY-NEXT:    #1 {{.*}} in main {{.*}}memcpy-param-overlap.c:[[@LINE-15]]:
// STRNCPY-NEXT:   #1 {{.*}} in main {{.*}}memcpy-param-overlap.c:[[@LINE-14]]:
// STRCAT-NEXT:    #1 {{.*}} in main {{.*}}memcpy-param-overlap.c:[[@LINE-13]]:
// STRNCAT-NEXT:   #1 {{.*}} in main {{.*}}memcpy-param-overlap.c:[[@LINE-12]]:
// MEMCPY:       SUMMARY: memscope: memcpy-param-overlap {{.*}}memcpy-param-overlap.c:[[@LINE-21]]:{{[0-9]+}} in main
// STRCPY:       SUMMARY: memscope: strcpy-param-overlap {{.*}}memcpy-param-overlap.c:[[@LINE-20]]:{{[0-9]+}} in main
// STRNCPY:      SUMMARY: memscope: strncpy-param-overlap {{.*}}memcpy-param-overlap.c:[[@LINE-19]]:{{[0-9]+}} in main
// STRCAT:       SUMMARY: memscope: strcat-param-overlap {{.*}}memcpy-param-overlap.c:[[@LINE-18]]:{{[0-9]+}} in main
// STRNCAT:      SUMMARY: memscope: strncat-param-overlap {{.*}}memcpy-param-overlap.c:[[@LINE-17]]:{{[0-9]+}} in main
// CHECK-NOT:    some text
