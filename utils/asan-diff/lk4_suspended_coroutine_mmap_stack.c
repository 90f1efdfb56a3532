// EXPECT: leak
// A generator runs as a ucontext coroutine; the scheduler maps one region
// with mmap() per coroutine, holding its control block (the saved context)
// followed by its stack. The generator is suspended mid-iteration (inside
// swapcontext) when main returns, holding its work buffer and the list it
// builds only in locals and saved registers inside that mapping, which LSan
// does not scan. But LSan treats a block whose allocation stack has no
// caller frame as reachable ("may be allocated in a coroutine"): the frame
// unwinder stops at once on a stack outside the thread's. So only the
// header main allocated and dropped on its own stack is reported.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

struct node {
  struct node *next;
  int value;
};

struct coro {
  ucontext_t ctx;
  char stack[];
};

static ucontext_t g_main_ctx;
static struct coro *g_gen;
static int g_yielded;
static int g_n;

static void generator(void) {
  char *buf = malloc((size_t)g_n * 12);
  struct node *head = NULL;
  for (int i = 0;; i++) {
    memset(buf, 'g', (size_t)g_n * 12);
    struct node *nd = malloc(sizeof *nd);
    nd->value = i * 7 + buf[i % g_n];
    nd->next = head;
    head = nd;
    g_yielded = nd->value;
    swapcontext(&g_gen->ctx, &g_main_ctx); /* suspended here at exit */
  }
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static long drop_header(void) {
  char *hdr = malloc((size_t)g_n * 5 + 1); // BUG
  memset(hdr, 'h', (size_t)g_n * 5);
  hdr[g_n * 5] = 0;
  return (long)strlen(hdr);
}

int main(int argc, char **argv) {
  g_n = argc > 1 ? atoi(argv[1]) : 10;
  size_t sz = 256 * 1024;
  g_gen = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (g_gen == MAP_FAILED) return 2;
  getcontext(&g_gen->ctx);
  g_gen->ctx.uc_stack.ss_sp = g_gen->stack;
  g_gen->ctx.uc_stack.ss_size = sz - sizeof(struct coro);
  g_gen->ctx.uc_link = &g_main_ctx;
  makecontext(&g_gen->ctx, generator, 0);
  long sum = drop_header();
  for (int i = 0; i < 3; i++) {
    swapcontext(&g_main_ctx, &g_gen->ctx);
    sum += g_yielded;
  }
  scrub();
  printf("sum %ld\n", sum);
  return 0;
}
