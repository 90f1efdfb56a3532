// EXPECT: none
// An allocation-accounting module installs malloc/free hooks with
// __sanitizer_install_malloc_and_free_hooks and tracks the bytes it sees
// for blocks of the sizes it is interested in (odd sizes the rest of the
// runtime does not use), checking them against
// __sanitizer_get_current_allocated_bytes deltas. It prints the counts; they
// must be the same under both tools.
#include <sanitizer/allocator_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long n_malloc, n_free, bytes_live;

static void on_malloc(const volatile void *p, size_t size) {
  if (size % 1000 == 777) {
    n_malloc++;
    bytes_live += (long)size;
  }
  (void)p;
}

static void on_free(const volatile void *p) {
  if (p && __sanitizer_get_ownership((const void *)p)) {
    size_t size = __sanitizer_get_allocated_size((const void *)p);
    if (size % 1000 == 777) {
      n_free++;
      bytes_live -= (long)size;
    }
  }
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  if (!__sanitizer_install_malloc_and_free_hooks(on_malloc, on_free)) return 1;
  size_t before = __sanitizer_get_current_allocated_bytes();
  char *blocks[16];
  for (int i = 0; i < n; i++) blocks[i] = malloc(777 + 1000 * (size_t)i);
  size_t during = __sanitizer_get_current_allocated_bytes();
  blocks[0] = realloc(blocks[0], 1777);
  char *c = calloc(1, 2777);
  snprintf(c, 2777, "%s", argv[2]);
  printf("calloc'd %zu\n", strlen(c));
  for (int i = 0; i < n; i += 2) free(blocks[i]);
  printf("malloc %ld free %ld live %ld\n", n_malloc, n_free, bytes_live);
  printf("current grew by at least 50000: %d\n", during - before >= 50000);
  for (int i = 1; i < n; i += 2) free(blocks[i]);
  free(c);
  printf("malloc %ld free %ld live %ld\n", n_malloc, n_free, bytes_live);
  memset(blocks, 0, sizeof blocks);
  return 0;
}
