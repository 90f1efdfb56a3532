// EXPECT: heap-use-after-free
// A mailbox holds a heap-allocated slot; the consumer frees the slot after
// draining it but keeps the pointer, and the producer's next
// __atomic_exchange_n (xchg) swaps a value into the freed block.
#include <stdio.h>
#include <stdlib.h>

struct slot { long seq; long value; };

static struct slot *box;

__attribute__((noinline)) static long produce(long v) {
  return __atomic_exchange_n(&box->value, v, __ATOMIC_ACQ_REL); // BUG
}

__attribute__((noinline)) static long drain(void) {
  long v = __atomic_load_n(&box->value, __ATOMIC_ACQUIRE);
  free(box); /* box not cleared */
  return v;
}

int main(int argc, char **argv) {
  box = calloc(1, sizeof *box);
  produce(atoi(argv[1]));
  long got = drain();
  long old = produce(argc);
  printf("%ld %ld\n", got, old);
  return 0;
}
