// ===- test/Runtime/clean/strings.c - every string function, used right ---===
//
// Each intercepted str*/mem* function and strdup/strndup called on exactly
// the bytes it may touch, including the edge cases an interceptor can get
// wrong: strncpy padding up to n (and no terminator when the source is
// longer), memmove with overlapping ranges both ways, strcat into the exact
// room left, strncat, strnlen stopping at n, strchr of the terminator,
// memchr and comparisons that stop at the first difference on blocks that
// end right there. Exit 0, no report.
//
// See also: runtime/memscope_interceptors.cpp, overflow/str*.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope
// RUN: %clang_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope
// RUN: %clang_memscope -O2 -fno-builtin %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// A heap copy of S in a block of exactly strlen(S) + 1 bytes, so that any
// read past the terminator hits the redzone.
static char *exact(const char *S) {
  size_t Size = strlen(S) + 1;
  char *P = malloc(Size);
  memcpy(P, S, Size);
  return P;
}

int main(int argc, char **argv) {
  int Checks = 0;

  char *Hello = exact("hello");
  char *Buf = malloc(8);
  strncpy(Buf, Hello, 8); // Pads Buf[5..7] with NULs.
  Checks += Buf[5] == 0 && Buf[7] == 0;
  strncpy(Buf, "truncated", 8); // No terminator: exactly 8 bytes written.
  Checks += memcmp(Buf, "truncat", 7) == 0 && Buf[7] == 'e';

  char *Room = malloc(11); // "hello" + "world" + NUL, exactly.
  strcpy(Room, Hello);
  char *World = exact("world");
  strcat(Room, World);
  Checks += strcmp(Room, "helloworld") == 0;
  Room[5] = '\0';
  strncat(Room, World, 3);
  Checks += strcmp(Room, "hellowor") == 0;

  Checks += strlen(Room) == 8 && strnlen(Room, 4) == 4 && strnlen(Room, 50) == 8;
  Checks += strchr(Hello, 'l') == Hello + 2 && strchr(Hello, '\0') == Hello + 5 &&
            strchr(Hello, 'z') == NULL;

  // Comparisons stop at the first difference or terminator: "help" (5
  // bytes) against "hello" reads only up to the 'p'.
  char *Help = exact("help");
  Checks += strcmp(Help, Hello) > 0 && strncmp(Help, Hello, 3) == 0 &&
            strncmp(Help, Hello, 100) > 0;
  Checks += memchr(Hello, 'o', 100) == Hello + 4 && memchr(Hello, 'x', 6) == NULL;
  Checks += memcmp(Hello, Help, 4) < 0;

  char *Overlap = exact("0123456789");
  memmove(Overlap + 2, Overlap, 6); // Forward overlap.
  Checks += strcmp(Overlap, "0101234589") == 0;
  memmove(Overlap, Overlap + 3, 8); // Backward overlap, terminator included.
  Checks += strcmp(Overlap, "1234589") == 0;

  memset(Buf, 'x', 7);
  Buf[7] = '\0';
  char *Dup = strdup(Buf);
  char *Prefix = strndup(Hello, 3);
  char *Whole = strndup(Hello, 50);
  Checks += strcmp(Dup, "xxxxxxx") == 0 && strcmp(Prefix, "hel") == 0 &&
            strcmp(Whole, "hello") == 0;

  char Stack[16];
  snprintf(Stack, sizeof Stack, "%s-%d", Hello, argc);
  Checks += strcmp(Stack, "hello-1") == 0;

  free(Hello);
  free(Buf);
  free(Room);
  free(World);
  free(Help);
  free(Overlap);
  free(Dup);
  free(Prefix);
  free(Whole);
  printf("%d of 13 checks passed\n", Checks);
  return 0;
}

// CHECK: 13 of 13 checks passed
