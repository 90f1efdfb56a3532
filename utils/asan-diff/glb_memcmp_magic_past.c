// EXPECT: global-buffer-overflow
// A file header is checked against a 6-byte global magic with memcmp, but
// the compare length is the header field size (8), so memcmp reads two
// bytes past the magic.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char g_magic[6] = {'M', 'S', 'C', 'P', '0', '1'};

struct header {
  char magic[8];
  unsigned version;
};

int main(int argc, char **argv) {
  struct header h;
  memset(&h, 0, sizeof h);
  memcpy(h.magic, argv[argc - 1], sizeof h.magic);
  h.version = (unsigned)atoi(argv[1]);
  volatile size_t len = sizeof h.magic;
  int bad = memcmp(h.magic, g_magic, len); // BUG
  printf("%d %u\n", bad, h.version);
  return 0;
}
