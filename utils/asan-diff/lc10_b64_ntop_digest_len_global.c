// EXPECT: global-buffer-overflow
// FLAGS: -lresolv
// Base64-encodes a 20-byte SHA-1 digest held in a global with b64_ntop,
// passing the SHA-256 length (32) from a shared constant: the encoder reads
// 12 bytes past the digest.
#include <netinet/in.h>
#include <resolv.h>
#include <stdio.h>
#include <stdlib.h>

#define DIGEST_LEN 32
static unsigned char sha1_digest[20];

int main(int argc, char **argv) {
  for (int i = 0; i < 20; i++)
    sha1_digest[i] = (unsigned char)(i * atoi(argv[1]));
  char out[64];
  int n = b64_ntop(sha1_digest, DIGEST_LEN, out, sizeof out); // BUG
  printf("%d %s\n", n, n > 0 ? out : "");
  return 0;
}
