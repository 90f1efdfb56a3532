// EXPECT: none
// Checks how manual poisoning behaves at 8-byte granule edges: a 64-byte
// aligned scratch block is poisoned and unpoisoned in odd pieces (regions that
// start or end mid-granule, a sub-range unpoisoned inside a poisoned run, a
// poisoned run inside an unpoisoned granule) and after each step the program
// prints one character per byte, '#' for poisoned and '.' for addressable, as
// __asan_address_is_poisoned reports it. Nothing is accessed, so it is clean;
// the printed maps must be the same under both tools.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>

static _Alignas(64) char block[64];

static void show(const char *what) {
  char line[65];
  for (int i = 0; i < 64; i++)
    line[i] = __asan_address_is_poisoned(block + i) ? '#' : '.';
  line[64] = 0;
  printf("%-28s %s\n", what, line);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10; /* 10 */
  show("initial");
  __asan_poison_memory_region(block, 64);
  show("all poisoned");
  __asan_unpoison_memory_region(block + 3, 13);
  show("unpoison [3,16)");
  __asan_unpoison_memory_region(block + 16, n - 5);
  show("unpoison [16,21)");
  __asan_unpoison_memory_region(block + 24, 3);
  show("unpoison [24,27)");
  __asan_unpoison_memory_region(block + 25, 4);
  show("unpoison [25,29)");
  __asan_unpoison_memory_region(block + 40, 24);
  show("unpoison [40,64)");
  __asan_poison_memory_region(block + 44, 4);
  show("poison [44,48)");
  __asan_poison_memory_region(block + 41, 2);
  show("poison [41,43) mid-granule");
  __asan_poison_memory_region(block + 50, n + 4);
  show("poison [50,64)");
  __asan_poison_memory_region(block + 56, 8);
  show("poison [56,64)");
  __asan_unpoison_memory_region(block, 64);
  show("all unpoisoned");
  __asan_poison_memory_region(block + 5, 1);
  show("poison [5,6)");
  __asan_poison_memory_region(block + 9, 7);
  show("poison [9,16)");
  __asan_poison_memory_region(block + 17, 30);
  show("poison [17,47)");
  printf("region_is_poisoned(0,64) at %ld\n",
         (long)((char *)__asan_region_is_poisoned(block, 64) - block));
  printf("region_is_poisoned(16,1) %s\n",
         __asan_region_is_poisoned(block + 16, 1) ? "yes" : "no");
  printf("region_is_poisoned(47,17) %s\n",
         __asan_region_is_poisoned(block + 47, 17) ? "yes" : "no");
  __asan_unpoison_memory_region(block, 64);
  return 0;
}
