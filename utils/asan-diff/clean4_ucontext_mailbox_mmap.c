// EXPECT: none
// Three generators on mmap'd 128 KiB stacks, driven round-robin for tens
// of thousands of switches. Before each switch the consumer posts the
// address of one of its own locals in a global mailbox; the generator
// writes its result there while the consumer is suspended (its frame is
// alive), and keeps arrays of its own across every switch.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#define NGEN 3
#define STACK_SIZE (128 * 1024)

static ucontext_t consumer_ctx, gen_ctx[NGEN];
static long *mailbox;
static int steps;

__attribute__((noinline)) static long fold(const long *v, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = s * 31 + v[i];
  return s;
}

static void generator(int id) {
  long window[17];
  char label[12];
  snprintf(label, sizeof label, "gen%d", id);
  for (int i = 0; i < 17; i++) window[i] = id * 100 + i;
  for (int k = 0;; k++) {
    window[k % 17] += k + label[3];
    *mailbox = fold(window, 17) % 100003;
    swapcontext(&gen_ctx[id], &consumer_ctx);
  }
}

__attribute__((noinline)) static long consume(int rounds) {
  long results[NGEN];
  long checksum = 0;
  for (int r = 0; r < rounds; r++) {
    int id = r % NGEN;
    mailbox = &results[id];
    swapcontext(&consumer_ctx, &gen_ctx[id]);
    mailbox = NULL;
    checksum = (checksum + results[id]) % 1000000007L;
  }
  return checksum;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  void *stacks[NGEN];
  for (int i = 0; i < NGEN; i++) {
    stacks[i] = mmap(NULL, STACK_SIZE, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (stacks[i] == MAP_FAILED) return 1;
    getcontext(&gen_ctx[i]);
    gen_ctx[i].uc_stack.ss_sp = stacks[i];
    gen_ctx[i].uc_stack.ss_size = STACK_SIZE;
    gen_ctx[i].uc_link = NULL;
    makecontext(&gen_ctx[i], (void (*)(void))generator, 1, i);
  }
  steps = n * 3000;
  long c = consume(steps);
  for (int i = 0; i < NGEN; i++) munmap(stacks[i], STACK_SIZE);
  printf("%ld\n", c);
  return 0;
}
