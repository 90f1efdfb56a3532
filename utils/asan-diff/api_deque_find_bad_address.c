// EXPECT: none
// A test-suite helper for an annotated double-ended buffer: after each
// operation it asks __sanitizer_verify_double_ended_contiguous_container and
// __sanitizer_double_ended_contiguous_container_find_bad_address whether the
// shadow matches the container and prints the answers (the bad address as an
// offset from the buffer). It also checks a deliberately stale annotation
// state (the container's bounds moved without re-annotating) to see what the
// query reports; nothing is read or written outside the used part.
#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>

static char *buf;
static size_t cap;

static void q(const char *what, size_t b, size_t e) {
  int ok = __sanitizer_verify_double_ended_contiguous_container(buf, buf + b, buf + e,
                                                                buf + cap);
  const void *bad = __sanitizer_double_ended_contiguous_container_find_bad_address(
      buf, buf + b, buf + e, buf + cap);
  printf("%-16s [%2zu,%2zu) verify %d bad %ld\n", what, b, e, ok,
         bad ? (long)((const char *)bad - buf) : -1L);
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  cap = 64;
  buf = malloc(cap);
  size_t b = 32, e = 32;
  __sanitizer_annotate_double_ended_contiguous_container(buf, buf + cap, buf, buf + cap,
                                                         buf + b, buf + e);
  q("empty", b, e);
  for (int i = 0; i < n; i++) {
    __sanitizer_annotate_double_ended_contiguous_container(buf, buf + cap, buf + b,
                                                           buf + e, buf + b, buf + e + 1);
    buf[e++] = argv[2][i];
  }
  q("back+10", b, e);
  for (int i = 0; i < 13; i++) {
    __sanitizer_annotate_double_ended_contiguous_container(buf, buf + cap, buf + b,
                                                           buf + e, buf + b - 1, buf + e);
    buf[--b] = 'a' + i;
  }
  q("front+13", b, e);
  q("stale view", b + 3, e - 5);
  q("stale wider", b - 2, e + 1);
  __sanitizer_annotate_double_ended_contiguous_container(buf, buf + cap, buf + b, buf + e,
                                                         buf + b + 7, buf + e - 4);
  b += 7;
  e -= 4;
  q("shrink both", b, e);
  const void *one = __sanitizer_contiguous_container_find_bad_address(buf + b, buf + e, buf + cap);
  printf("single-ended view bad %ld\n", one ? (long)((const char *)one - buf) : -1L);
  long sum = 0;
  for (size_t i = b; i < e; i++) sum += buf[i];
  printf("sum %ld\n", sum);
  __sanitizer_annotate_double_ended_contiguous_container(buf, buf + cap, buf + b, buf + e,
                                                         buf, buf + cap);
  free(buf);
  return 0;
}
