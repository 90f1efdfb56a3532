// EXPECT: heap-buffer-overflow
// A "device register block" emulated in a heap buffer is updated by
// assigning a whole struct through a volatile pointer (a volatile memcpy in
// the IR). The block was allocated for the v1 layout (3 registers); the v2
// struct has 4, so the volatile copy writes past the block.
#include <stdio.h>
#include <stdlib.h>

struct regs_v1 { unsigned ctrl, status, data; };
struct regs_v2 { unsigned ctrl, status, data, irq_mask; char pad[16]; };

__attribute__((noinline)) static void program(volatile struct regs_v2 *dev,
                                              const struct regs_v2 *cfg) {
  *dev = *cfg; // BUG
}

int main(int argc, char **argv) {
  void *block = malloc(sizeof(struct regs_v1));
  struct regs_v2 cfg = {1, 0, (unsigned)atoi(argv[1]), (unsigned)argc, "pad"};
  program((volatile struct regs_v2 *)block, &cfg);
  printf("%u\n", ((struct regs_v1 *)block)->data);
  free(block);
  return 0;
}
