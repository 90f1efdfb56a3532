// EXPECT: none
// A pointer kept only in an mmap'ed page that is registered with __lsan_register_root_region: the region is a root, the block reachable.
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
void **g_page;
__attribute__((noinline)) static void stash(int n) {
  g_page[3] = malloc(n * 6);
  memset(g_page[3], 0, n * 6);
}
int main(int argc, char **argv) {
  g_page = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  __lsan_register_root_region(g_page, 4096);
  stash(atoi(argv[1]));
  printf("%d\n", ((char *)g_page[3])[0]);
  return 0;
}
