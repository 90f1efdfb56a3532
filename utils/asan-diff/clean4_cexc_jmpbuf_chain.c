// EXPECT: none
// C exception emulation: each TRY frame keeps its jmp_buf in a local
// struct linked into a global chain (the local's address escapes to a
// global only while its frame is live). THROW longjmps to the innermost
// handler out of a recursion with VLAs; handlers rethrow outward level by
// level. Thousands of rounds; the stack is reused by plain calls between.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct handler {
  jmp_buf env;
  struct handler *prev;
};

/* What was thrown lives in globals: a handler's own locals must not change
   between its setjmp and the longjmp. */
static struct handler *top;
static int thrown_code;
static char thrown_where[24];
static long acc;

static void do_throw(int code, const char *where) {
  struct handler *h = top;
  thrown_code = code;
  snprintf(thrown_where, sizeof thrown_where, "%s", where);
  top = h->prev;
  longjmp(h->env, 1);
}

__attribute__((noinline)) static int work(int depth, int n, const char *tag) {
  char vla[n + depth % 7];
  memset(vla, tag[depth % 26], sizeof vla);
  acc += vla[sizeof vla - 1];
  if (depth == 0) do_throw(n, tag + (n % 20));
  return work(depth - 1, n, tag) + vla[0];
}

__attribute__((noinline)) static int level(int k, int n, const char *tag) {
  struct handler h;
  int result = -1;
  h.prev = top;
  top = &h;
  if (setjmp(h.env) == 0) {
    if (k == 0)
      result = work(5 + n % 9, n, tag);
    else
      result = level(k - 1, n + 1, tag);
    top = h.prev;
  } else {
    int code = thrown_code;
    char where[24];
    memcpy(where, thrown_where, sizeof where);
    acc += code + (long)strlen(where);
    if (k % 2 == 1 && top) do_throw(code + 1, "rethrown");
    result = code;
  }
  return result;
}

__attribute__((noinline)) static long reuse(int d) {
  long big[64];
  for (int i = 0; i < 64; i++) big[i] = d * i;
  return d ? big[63] + reuse(d - 1) : big[1];
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *tag = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  long total = 0;
  for (int round = 0; round < n * 300; round++) {
    struct handler outer;
    outer.prev = NULL;
    top = &outer;
    if (setjmp(outer.env) == 0) {
      total += level(round % 6, 8 + round % 5, tag);
      top = NULL;
    } else {
      total += thrown_code * 3 + (long)strlen(thrown_where);
    }
    top = NULL;
    if (round % 50 == 0) total += reuse(20);
  }
  printf("%ld %ld\n", total, acc);
  return 0;
}
