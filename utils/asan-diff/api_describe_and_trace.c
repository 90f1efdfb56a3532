// EXPECT: none
// A crash-diagnostics module of a daemon, when asked on its debug channel,
// describes suspicious pointers with __asan_describe_address (a heap block's
// interior and end, a freed block, a global, a stack array, a manually
// poisoned pool piece) and dumps the current stack with
// __sanitizer_print_stack_trace. All of it goes to stderr and nothing is
// misused; the descriptions printed are compared between the tools by hand.
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char registry_names[24][8];
static _Alignas(32) char pool[256];

__attribute__((noinline)) static void describe(const char *what, void *p) {
  fprintf(stderr, "---- %s\n", what);
  __asan_describe_address(p);
}

__attribute__((noinline)) static void dump_here(int depth) {
  if (depth) {
    dump_here(depth - 1);
    return;
  }
  __sanitizer_print_stack_trace();
}

__attribute__((noinline)) static void inspect_stack(int n) {
  char frame_buf[40];
  memset(frame_buf, n, sizeof frame_buf);
  describe("stack", frame_buf + 4);
  __asm__ volatile("" : : "r"(frame_buf) : "memory");
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *blk = malloc(n * 5);
  describe("heap interior", blk + 7);
  describe("heap end", blk + n * 5);
  char *old = malloc(16);
  free(old);
  describe("freed", old + 2);
  describe("global", &registry_names[3][1]);
  inspect_stack(n);
  ASAN_POISON_MEMORY_REGION(pool + 64, 64);
  describe("poisoned pool", pool + 70);
  ASAN_UNPOISON_MEMORY_REGION(pool + 64, 64);
  dump_here(2);
  free(blk);
  printf("done\n");
  return 0;
}
