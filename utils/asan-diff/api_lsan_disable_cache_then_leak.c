// EXPECT: leak
// A program builds a process-lifetime lookup cache between __lsan_disable()
// and __lsan_enable() (the cache's nodes are dropped on purpose at exit and
// are not leaks), ignores a one-off buffer with __lsan_ignore_object, and then,
// with leak checking enabled again, parses its arguments into an array of
// option structs that it forgets to free: only that array (3 options of 32
// bytes, 96 bytes in 1 block) is reported.
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cnode {
  struct cnode *next;
  int key;
  char val[20];
};

struct option {
  char name[16];
  long value;
  long flags;
};

static void build_cache(int n) {
  __lsan_disable();
  struct cnode *head = NULL;
  for (int i = 0; i < n; i++) {
    struct cnode *c = malloc(sizeof *c);
    c->key = i;
    snprintf(c->val, sizeof c->val, "v%d", i);
    c->next = head;
    head = c;
  }
  head = NULL; /* dropped: excluded from leak checking */
  __lsan_enable();
}

__attribute__((noinline)) static struct option *parse(const char *spec, int count) {
  struct option *opts = malloc(count * sizeof *opts); // BUG
  for (int i = 0; i < count; i++) {
    snprintf(opts[i].name, sizeof opts[i].name, "opt%c", spec[i]);
    opts[i].value = spec[i];
    opts[i].flags = i;
  }
  return opts;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  volatile char z[8192];
  for (size_t i = 0; i < sizeof z; i++) z[i] = 0;
}

__attribute__((noinline)) static void run(const char *spec) {
  struct option *opts = parse(spec, 3);
  long sum = 0;
  for (int i = 0; i < 3; i++) sum += opts[i].value;
  printf("sum %ld\n", sum);
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  build_cache(n);
  char *scratch = malloc(64);
  __lsan_ignore_object(scratch);
  snprintf(scratch, 64, "%s", argv[2]);
  scratch = NULL;
  run(argv[2]);
  scrub();
  return 0;
}
