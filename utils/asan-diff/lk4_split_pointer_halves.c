// EXPECT: leak
// A handle table exported over a 32-bit wire format stores each buffer pointer
// as two 32-bit words. Version-2 records store the low word first, which on a
// little-endian machine rebuilds the pointer in an aligned 8-byte word: LSan
// sees them. Version-1 records store the high word first: no aligned word
// holds the pointer, so those buffers are reported as leaked although the
// table could rebuild them.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct v1_handle { uint32_t hi, lo; uint32_t size, tag; };
struct v2_handle { uint32_t lo, hi; uint32_t size, tag; };

#define NH 6
static struct v1_handle g_v1[NH] __attribute__((aligned(16)));
static struct v2_handle g_v2[NH] __attribute__((aligned(16)));

__attribute__((noinline)) static void export_v1(int i, void *p, uint32_t size) {
  uintptr_t v = (uintptr_t)p;
  g_v1[i].hi = (uint32_t)(v >> 32);
  g_v1[i].lo = (uint32_t)v;
  g_v1[i].size = size;
  g_v1[i].tag = 1;
}
__attribute__((noinline)) static void export_v2(int i, void *p, uint32_t size) {
  uintptr_t v = (uintptr_t)p;
  g_v2[i].lo = (uint32_t)v;
  g_v2[i].hi = (uint32_t)(v >> 32);
  g_v2[i].size = size;
  g_v2[i].tag = 2;
}
static void *import_v1(int i) { return (void *)(((uintptr_t)g_v1[i].hi << 32) | g_v1[i].lo); }
static void *import_v2(int i) { return (void *)(((uintptr_t)g_v2[i].hi << 32) | g_v2[i].lo); }

__attribute__((noinline)) static long checksum(void) {
  long sum = 0;
  for (int i = 0; i < NH; i++)
    sum += ((char *)import_v1(i))[0] + ((char *)import_v2(i))[g_v2[i].size - 1];
  return sum;
}

__attribute__((noinline)) static void build(int n) {
  for (int i = 0; i < NH; i++) {
    uint32_t s1 = (uint32_t)(n * (i + 2)), s2 = (uint32_t)(n * (i + 3));
    char *a = malloc(s1), *b = malloc(s2);
    memset(a, 'v', s1);
    memset(b, 'w', s2);
    export_v1(i, a, s1);
    export_v2(i, b, s2);
  }
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  build(n);
  scrub();
  long sum = checksum();
  scrub();
  printf("sum %ld\n", sum);
  return 0;
}
