// EXPECT: heap-use-after-free
// A converter reads its input from a message body that the message's release freed just before the conversion.
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct msg {
  char body[32];
  size_t len;
};
int main(int argc, char **argv) {
  struct msg *m = malloc(sizeof *m);
  m->len = (size_t)atoi(argv[1]);
  memcpy(m->body, argv[2], m->len);
  char *in = m->body;
  size_t inleft = m->len;
  free(m);
  iconv_t cd = iconv_open("UTF-16LE", "ASCII");
  char out[64];
  char *op = out;
  size_t outleft = sizeof out;
  size_t r = iconv(cd, &in, &inleft, &op, &outleft); // BUG
  printf("%zd %zu\n", (ssize_t)r, sizeof out - outleft);
  iconv_close(cd);
  return 0;
}
