// EXPECT: none
// A tracing module writes raw object handles (pointer values) into a binary
// trace stream and keeps no other copy: the handles sit in the FILE's
// unflushed buffer, a heap block glibc allocated and reaches from its list of
// open streams (a libc global). At the exit check the stream is still open
// and unflushed (stdio is flushed after the atexit handlers), so LSan finds
// the objects reachable: no leak may be reported.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct obj {
  int kind;
  int size;
  char data[40];
};

static FILE *g_trace;

__attribute__((noinline)) static void trace_handle(struct obj *o) {
  /* the record starts with the handle: offset 0, 8, 16 ... of the buffer */
  fwrite(&o, sizeof o, 1, g_trace);
}

__attribute__((noinline)) static void make_objects(int n) {
  for (int i = 0; i < n / 2; i++) {
    struct obj *o = malloc(sizeof *o);
    o->kind = i;
    o->size = n * i;
    memset(o->data, 'd', sizeof o->data);
    trace_handle(o);
  }
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  g_trace = fopen("lk4_trace.bin", "wb");
  if (!g_trace) return 2;
  setvbuf(g_trace, NULL, _IOFBF, 8192);
  make_objects(n);
  scrub();
  printf("traced %ld bytes (buffered)\n", ftell(g_trace));
  return 0;
}
