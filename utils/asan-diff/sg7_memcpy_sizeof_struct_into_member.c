// EXPECT: stack-buffer-overflow
// A header's trailing `tag` field is filled with memcpy(h.tag, src,
// sizeof h) -- the size of the whole header instead of the field -- so the
// copy runs past the end of the local struct.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Header {
  unsigned short version;
  unsigned short flags;
  unsigned len;
  char tag[8];
};
__attribute__((noinline)) static void build(struct Header *h, const char *src, int n) {
  h->version = 2;
  h->flags = (unsigned short)n;
  h->len = (unsigned)strlen(src);
  memcpy(h->tag, src, sizeof *h); // BUG
}
int main(int argc, char **argv) {
  struct Header h;
  build(&h, argv[2], atoi(argv[1]));
  printf("%u %c %d\n", h.len, h.tag[0], argc);
  return 0;
}
