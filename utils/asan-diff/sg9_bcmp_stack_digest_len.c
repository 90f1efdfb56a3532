// EXPECT: stack-buffer-overflow
// Digests are compared with __builtin_bcmp using the SHA-256 length (32)
// while the computed digest is a 20-byte SHA-1 local; the comparison reads
// 12 bytes past the local.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHA256_LEN 32

__attribute__((noinline)) static int digest_ok(const unsigned char *got,
                                               const unsigned char *want) {
  return __builtin_bcmp(got, want, SHA256_LEN) == 0; // BUG
}

int main(int argc, char **argv) {
  unsigned char sha1[20];
  unsigned char want[SHA256_LEN];
  for (int i = 0; i < 20; i++) sha1[i] = (unsigned char)(argv[2][i] * 31 + argc);
  memset(want, atoi(argv[1]), sizeof want);
  printf("%d\n", digest_ok(sha1, want));
  return 0;
}
