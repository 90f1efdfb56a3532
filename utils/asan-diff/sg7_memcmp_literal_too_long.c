// EXPECT: global-buffer-overflow
// A file-magic check compares the header against the literal "PK\3\4"
// with the length of the longer ZIP64 signature (8); memcmp reads past the
// 5-byte literal. (Stack copy of the header is large enough.)
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static int is_zip(const unsigned char *hdr, size_t n) {
  return memcmp(hdr, "PK\3\4", n) == 0; // BUG
}
__attribute__((noinline)) static int is_gzip(const unsigned char *hdr) {
  return hdr[0] == 0x1f && hdr[1] == 0x8b;
}
int main(int argc, char **argv) {
  unsigned char hdr[16] = {'P', 'K', 3, 4, 0, 0, 0, 0};
  size_t n = (size_t)atoi(argv[1]) - 2;  /* 8 */
  int kind = 0;
  if (is_gzip(hdr)) kind = 1;
  else if (is_zip(hdr, n)) kind = 2;
  printf("%d %d\n", kind, argc);
  return 0;
}
