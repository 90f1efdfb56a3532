// EXPECT: global-buffer-overflow
// A header name compared with a longer literal's length: the key buffer is only 8 bytes.
#include <stdio.h>
#include <string.h>
char key[8];
int main(int argc, char **argv) {
  memcpy(key, "Content-", 8);
  key[argc - 3] = argv[2][0] == 'A' ? 'C' : 'X';
  if (memcmp(key, "Content-Length:", 15) == 0) // BUG
    puts("length header");
  return 0;
}
