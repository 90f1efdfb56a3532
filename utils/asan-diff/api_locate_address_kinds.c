// EXPECT: none
// A debugging helper in a memory-profiling tool asks the sanitizer what an
// address is: __asan_locate_address on a heap block (inside, at its end,
// before it), a global (inside, past it), an mmap page, a stack array and a freed block, printing the region kind, the
// region's start as an offset from the queried pointer and its size. It then
// asks __asan_get_alloc_stack / __asan_get_free_stack how many frames they
// hold for the heap blocks (only whether it is > 0). Nothing is misused.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

int table[40] = {1, 2, 3};

static void locate(const char *what, void *p) {
  char name[64];
  void *region = NULL;
  size_t size = 0;
  const char *kind = __asan_locate_address(p, name, sizeof name, &region, &size);
  long off = region ? (long)((char *)p - (char *)region) : -1;
  printf("%-14s kind %-14s offset %4ld size %4zu", what, kind ? kind : "(null)", off,
         size);
  if (kind && (!strcmp(kind, "global") || !strcmp(kind, "stack"))) printf(" name %s", name);
  printf("\n");
}

__attribute__((noinline)) static void on_stack(int n) {
  char frame[48];
  memset(frame, n, sizeof frame);
  locate("stack", frame + 8);
  __asm__ volatile("" : : "r"(frame) : "memory");
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *h = malloc((size_t)n * 10);
  locate("heap", h + 5);
  locate("heap-end", h + n * 10);
  locate("heap-before", h - 3);
  locate("global", &table[7]);
  locate("global-past", &table[41]);
  char *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  locate("mmap", m + 100);
  munmap(m, 4096);
  on_stack(n);
  void *trace[16];
  int tid = -2;
  size_t frames = __asan_get_alloc_stack(h + 3, trace, 16, &tid);
  printf("alloc stack frames>0 %d tid %d\n", frames > 0, tid);
  frames = __asan_get_free_stack(h, trace, 16, &tid);
  printf("free stack before free frames %zu\n", frames);
  char *g = malloc(24);
  free(g);
  locate("freed", g + 2);
  frames = __asan_get_free_stack(g, trace, 16, &tid);
  printf("free stack frames>0 %d tid %d\n", frames > 0, tid);
  free(h);
  return 0;
}
