// ===- test/Runtime/allocator/overflow-count-unsigned.c - size_t counts ---===
//
// calloc-overflow and reallocarray-overflow print count and size as the
// size_t values they are: a count of 2^63 is 9223372036854775808, not a
// negative number.
//
// See also: runtime/memscope_report.cpp (ReportCallocOverflow),
// allocator/calloc-overflow.c, allocator/reallocarray-overflow.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t calloc 2>&1 | FileCheck %s --check-prefix=CALLOC
// RUN: not %t reallocarray 2>&1 | FileCheck %s --check-prefix=REALLOCARRAY

#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *volatile Result;

int main(int argc, char **argv) {
  size_t Count = ((size_t)1 << 63) + argc - 2;
  if (strcmp(argv[1], "calloc") == 0)
    Result = calloc(Count, 4);
  else
    Result = reallocarray(NULL, Count, 4);
  return 0;
}

// CALLOC:       ERROR: memscope: calloc parameters overflow: count * size (9223372036854775808 * 4) cannot be represented in type size_t
// REALLOCARRAY: ERROR: memscope: reallocarray parameters overflow: count * size (9223372036854775808 * 4) cannot be represented in type size_t
