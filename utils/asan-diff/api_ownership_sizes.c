// EXPECT: none
// A memory accounting layer asks the allocator about pointers it is given:
// __sanitizer_get_ownership, __sanitizer_get_allocated_size,
// __sanitizer_get_allocated_begin (as an offset) and
// __sanitizer_get_estimated_allocated_size for blocks from malloc, calloc,
// realloc (grow and shrink), aligned_alloc, posix_memalign, zero-size malloc,
// an interior pointer, a stack buffer, a global and a freed block. It prints
// every answer; the two tools must print the same.
#include <sanitizer/allocator_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char global_buf[100];

static void show(const char *what, const void *p) {
  int own = __sanitizer_get_ownership(p);
  size_t sz = own ? __sanitizer_get_allocated_size(p) : 0;
  const void *beg = __sanitizer_get_allocated_begin(p);
  printf("%-14s owned %d size %4zu begin %s%ld\n", what, own, sz, beg ? "p" : "null",
         beg ? (long)((const char *)p - (const char *)beg) : 0L);
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *m = malloc(n * 7);
  show("malloc(70)", m);
  show("interior+9", m + 9);
  show("one-past", m + n * 7);
  char *c = calloc(n, 3);
  show("calloc(10,3)", c);
  m = realloc(m, 200);
  show("realloc 200", m);
  m = realloc(m, 5);
  show("realloc 5", m);
  void *al = aligned_alloc(256, 512);
  show("aligned 256", al);
  printf("aligned ok %d\n", ((unsigned long)al & 255) == 0);
  void *pm = NULL;
  if (posix_memalign(&pm, 64, (size_t)n * 3)) return 1;
  show("memalign 64", pm);
  void *z = malloc(0);
  show("malloc(0)", z);
  char local[32];
  memset(local, 0, sizeof local);
  show("stack", local);
  show("global", global_buf);
  show("null", NULL);
  char *f = malloc(40);
  free(f);
  show("freed", f);
  printf("estimated(33) >= 33: %d\n", __sanitizer_get_estimated_allocated_size(33) >= 33);
  printf("estimated(0): %zu\n", __sanitizer_get_estimated_allocated_size(0));
  free(m);
  free(c);
  free(al);
  free(pm);
  free(z);
  return 0;
}
