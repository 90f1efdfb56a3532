// ===- test/Runtime/overlap/memcpy-param-overlap.c - overlapping copies ---===
//
// memcpy, strcpy, strncpy and strcat require source and destination not to
// overlap (memmove exists for that): memcpy-param-overlap, naming the
// function, with the stack of the call. argv[1] picks the function. memmove
// over such ranges is fine (clean/strings.c).
//
// See also: runtime/memscope_interceptors.h (MEMSCOPE_CHECK_OVERLAP).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t memcpy 2>&1 | FileCheck %s --check-prefixes=CHECK,MEMCPY -DFUNC=memcpy
// RUN: not %t strcpy 2>&1 | FileCheck %s --check-prefixes=CHECK,STRCPY -DFUNC=strcpy
// RUN: not %t strncpy 2>&1 | FileCheck %s --check-prefixes=CHECK,STRNCPY -DFUNC=strncpy
// RUN: not %t strcat 2>&1 | FileCheck %s --check-prefixes=CHECK,STRCAT -DFUNC=strcat
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
  else
    strcat(Text, Text + argc); // BOOM-STRCAT
  fprintf(stderr, "%s\n", Text);
  free(Text);
  return 0;
}

// CHECK:        ERROR: memscope: memcpy-param-overlap: [[FUNC]]
// CHECK-NEXT:     #0 {{.*}} in {{.*}}[[FUNC]]
// MEMCPY-NEXT:    #1 {{.*}} in main {{.*}}memcpy-param-overlap.c:[[@LINE-14]]:
// STRCPY-NEXT:    #1 {{.*}} in main {{.*}}memcpy-param-overlap.c:[[@LINE-13]]:
// STRNCPY-NEXT:   #1 {{.*}} in main {{.*}}memcpy-param-overlap.c:[[@LINE-12]]:
// STRCAT-NEXT:    #1 {{.*}} in main {{.*}}memcpy-param-overlap.c:[[@LINE-11]]:
// MEMCPY:       SUMMARY: memscope: memcpy-param-overlap {{.*}}memcpy-param-overlap.c:[[@LINE-18]]:{{[0-9]+}} in main
// STRCPY:       SUMMARY: memscope: memcpy-param-overlap {{.*}}memcpy-param-overlap.c:[[@LINE-17]]:{{[0-9]+}} in main
// STRNCPY:      SUMMARY: memscope: memcpy-param-overlap {{.*}}memcpy-param-overlap.c:[[@LINE-16]]:{{[0-9]+}} in main
// STRCAT:       SUMMARY: memscope: memcpy-param-overlap {{.*}}memcpy-param-overlap.c:[[@LINE-15]]:{{[0-9]+}} in main
// CHECK-NOT:    some text
