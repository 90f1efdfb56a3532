// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=2
// A record serializer copies a caller's payload into a heap buffer handed
// to it by pointer. _FORTIFY_SOURCE cannot know that buffer's size there
// (so memcpy stays memcpy, not __memcpy_chk); the header length is added
// to the payload length twice, so the copy runs past the buffer's end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { unsigned char *buf; size_t cap; };

__attribute__((noinline)) static size_t put(struct rec *r, const char *payload,
                                            size_t len) {
  size_t hdr = 4;
  r->buf[0] = (unsigned char)len;
  r->buf[1] = r->buf[2] = r->buf[3] = 0;
  memcpy(r->buf + hdr, payload, len + hdr - 2); // BUG
  return hdr + len;
}

int main(int argc, char **argv) {
  size_t len = strlen(argv[2]) - (size_t)atoi(argv[1]); /* 16 */
  struct rec r;
  r.cap = 4 + len;
  r.buf = malloc(r.cap);
  size_t used = put(&r, argv[2], len);
  printf("used %zu of %zu: %.*s\n", used, r.cap, (int)len, r.buf + 4);
  free(r.buf);
  return 0;
}
