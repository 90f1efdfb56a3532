// EXPECT: leak
// A report builder collects its lines on an obstack that lives in the
// builder's own frame, returns the line count, and forgets obstack_free().
// The obstack's chunks (malloc'd through obstack_chunk_alloc) are reachable
// only from the dead frame: they are leaked.
#define _GNU_SOURCE
#include <obstack.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define obstack_chunk_alloc malloc
#define obstack_chunk_free free

__attribute__((noinline)) static int build_report(int n, const char *alpha) {
  struct obstack ob;
  obstack_init(&ob);
  int lines = 0;
  size_t len = 0;
  for (int i = 0; i < n * 12; i++) {
    obstack_printf(&ob, "line %04d: %.*s %s\n", i, i % 20 + 1, alpha, "......................");
    obstack_1grow(&ob, 0);
    char *line = obstack_finish(&ob); /* one object per line: chunks chain */
    len += strlen(line);
    lines++;
  }
  /* BUG: obstack_free(&ob, NULL) is missing */
  return len > 0 ? lines : 0;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int lines = build_report(n, argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  scrub();
  printf("report lines %d\n", lines);
  return 0;
}
