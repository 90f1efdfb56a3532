// EXPECT: none
// A tool that keeps pointers in packed wire structs turns on LSan's
// use_unaligned=1 (through __lsan_default_options), so that pointers at
// unaligned offsets count. main keeps its session in a packed header local
// (registered with a shutdown hook), then a fatal-error helper calls exit()
// with main suspended. The session is reachable from that unaligned field of
// a live frame, so with use_unaligned=1 no leak may be reported.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *__lsan_default_options(void) { return "use_unaligned=1"; }

struct __attribute__((packed)) hdr {
  unsigned char version;
  char *session; /* at offset 1 */
  unsigned short flags;
};

struct session {
  char *user;
  int id;
};

static struct hdr *volatile g_shutdown_hook;

__attribute__((noinline)) static char *open_session(int n, const char *alpha) {
  struct session *s = malloc(sizeof *s);
  s->user = malloc((size_t)n + 1);
  memcpy(s->user, alpha, (size_t)n);
  s->user[n] = 0;
  s->id = n * 3;
  return (char *)s;
}

__attribute__((noinline)) static void fatal(const char *msg) {
  fflush(stdout);
  fprintf(stderr, "fatal: %s\n", msg);
  exit(0);
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  struct hdr h;
  memset(&h, 0, sizeof h);
  h.version = 2;
  g_shutdown_hook = &h;
  char *s = open_session(n, argc > 2 ? argv[2] : "ABCDEFGHIJ");
  memcpy((char *)&h + 1, &s, sizeof s);
  s = NULL;
  scrub();
  if (h.version == 2) fatal("protocol version 2 is not supported");
  g_shutdown_hook = NULL;
  return 0;
}
