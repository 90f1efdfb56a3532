// EXPECT: none
// Global shapes at their exact bounds: a constant table in .rodata
// searched with a correct inclusive binary search, pointer/length
// descriptors with the right lengths, string literals read up to their
// NUL, a static const array inside a function, an array in a struct in a
// global read to its last element, and 1-, 3- and 7-byte globals read and
// written with accesses of exactly their size.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const int kSorted[12] = {1, 2, 4, 5, 9, 11, 12, 13, 17, 22, 28, 32};
static const int v5[5] = {1, 2, 3, 4, 5}, v6[6] = {6, 5, 4, 3, 2, 1};
static const struct { const int *d; int n; } kVecs[] = {{v5, 5}, {v6, 6}};
static struct { int count; int ids[8]; } g_reg = {8, {1, 2, 3, 4, 5, 6, 7, 8}};
static uint8_t g_flag;
static uint8_t g_rgb[3];
static char g_key7[7];

__attribute__((noinline)) static int find(int v) {
  int lo = 0, hi = 11;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (kSorted[mid] == v) return mid;
    if (kSorted[mid] < v) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}
__attribute__((noinline)) static int weekday_len(int d) {
  static const char *const kDays[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sunday"};
  return (int)strlen(kDays[d % 7]);
}

int main(int argc, char **argv) {
  int k = atoi(argv[1]);
  long s = find(k + 22) + find(33) + find(0) + weekday_len(k * 2 + 6);
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < kVecs[i].n; j++) s += kVecs[i].d[j];
  for (int i = 0; i < g_reg.count; i++) s += g_reg.ids[i];
  g_flag = (uint8_t)argc;
  memcpy(g_rgb, "\x10\x20\x30", 3);
  memcpy(g_key7, argv[2], 7);
  uint32_t w;
  memcpy(&w, g_key7 + 3, 4);
  s += g_flag + g_rgb[2] + (long)(w & 0xff);
  printf("%ld\n", s);
  return 0;
}
