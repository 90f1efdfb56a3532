// EXPECT: none
// Coroutines on mmap'd stacks writing to a stream whose buffer is a local
// array of main (main is suspended, alive, while they run); a coroutine
// that opens its own stream with a buffer on its own stack, keeps it open
// across several switches, and closes it before finishing; main's context
// is a local ucontext_t that only swapcontext fills.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

static ucontext_t co[2];
static ucontext_t *back;
static FILE *shared;
static int steps;
static const char *alpha;

static void writer(void) {
  for (int i = 0; i < steps; ++i) {
    fprintf(shared, "writer %d %.*s\n", i, i % 26 + 1, alpha);
    swapcontext(&co[0], back);
  }
}

static void owner(void) {
  char mine[73];
  FILE *f = fopen("coro_own.txt", "w+");
  setvbuf(f, mine, _IOFBF, sizeof mine);
  for (int i = 0; i < steps; ++i) {
    fprintf(f, "own %d\n", i);
    fputs("shared from owner\n", shared);
    swapcontext(&co[1], back);
  }
  rewind(f);
  int c, lines = 0;
  while ((c = getc(f)) != EOF)
    lines += c == '\n';
  fprintf(shared, "owner lines %d\n", lines);
  fclose(f);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  alpha = argc > 2 ? argv[2] : "xyz";
  steps = n * 3;
  char buf[101];
  ucontext_t main_ctx;
  back = &main_ctx;
  shared = fopen("coro_shared.txt", "w+");
  setvbuf(shared, buf, _IOFBF, sizeof buf);
  size_t size = 256 * 1024;
  void (*fns[2])(void) = {writer, owner};
  void *stacks[2];
  for (int i = 0; i < 2; ++i) {
    stacks[i] = mmap(NULL, size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (stacks[i] == MAP_FAILED)
      return 1;
    getcontext(&co[i]);
    co[i].uc_stack.ss_sp = stacks[i];
    co[i].uc_stack.ss_size = size;
    co[i].uc_link = &main_ctx;
    makecontext(&co[i], fns[i], 0);
  }
  // steps switches into each, then one more to let each finish.
  for (int i = 0; i <= steps; ++i)
    for (int k = 0; k < 2; ++k)
      swapcontext(&main_ctx, &co[k]);
  rewind(shared);
  unsigned long sum = 0;
  int c;
  while ((c = getc(shared)) != EOF)
    sum = sum * 31 + (unsigned)c;
  fclose(shared);
  for (int i = 0; i < 2; ++i)
    munmap(stacks[i], size);
  printf("sum %lu\n", sum);
  return 0;
}
