// EXPECT: heap-buffer-overflow
// sprintf("%.*s") of a slice whose length runs past the end of an unterminated heap buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t n = strlen(argv[2]);
  char *data = malloc(n);
  memcpy(data, argv[2], n);
  int off = 20, len = atoi(argv[1]);
  char out[64];
  sprintf(out, "[%.*s]", len, data + off); // BUG
  puts(out);
  free(data);
  return 0;
}
