// EXPECT: stack-buffer-overflow
// A 16-byte key buffer filled by getentropy with the length of a 32-byte key.
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define KEY_BYTES 32
static unsigned key_checksum(int extra) {
  unsigned char key[16];
  if (getentropy(key, KEY_BYTES - extra) != 0) // BUG
    return 0;
  unsigned s = 0;
  for (size_t i = 0; i < sizeof key; i++)
    s += key[i];
  return s;
}
int main(int argc, char **argv) {
  printf("%u\n", key_checksum(atoi(argv[1]) - 10) > 0);
  return 0;
}
