// EXPECT: stack-buffer-overflow
// Decodes a base64 session key into a 16-byte stack array, passing the
// maximum key size of the protocol (64) as the target size. The key in
// the configuration is a 24-byte key, so __b64_pton writes 8 bytes past.
// FLAGS: -lresolv
#include <netinet/in.h>
#include <resolv.h>
#include <stdio.h>
#include <string.h>

#define MAX_KEY 64

__attribute__((noinline)) static int load_key(const char *b64, unsigned char *sum) {
  unsigned char key[16];
  int n = b64_pton(b64, key, MAX_KEY); // BUG
  for (int i = 0; i < n && i < 16; i++)
    *sum ^= key[i];
  return n;
}

int main(int argc, char **argv) {
  unsigned char sum = 0;
  const char *cfg = argc > 1 ? "AAECAwQFBgcICQoLDA0ODxAREhMUFRYX" : "AAEC";
  printf("%d %u\n", load_key(cfg, &sum), sum);
  return 0;
}
