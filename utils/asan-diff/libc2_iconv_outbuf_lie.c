// EXPECT: heap-buffer-overflow
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  iconv_t cd = iconv_open("UTF-16LE", "ASCII");
  char *in = argv[2];
  size_t inleft = strlen(in);
  char *out = malloc(16);
  char *op = out;
  size_t outleft = 256;
  size_t r = iconv(cd, &in, &inleft, &op, &outleft); // BUG
  printf("%zu %zu\n", r, outleft);
  iconv_close(cd);
  free(out);
  return 0;
}
