// EXPECT: stack-buffer-overflow
// Formats a left-aligned table cell with "%-*s|" into a 16-byte buffer
// while the column width comes from the widest header (20), so sprintf
// writes the padded cell past the buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static size_t cell(const char *text, int width) {
  char out[16];
  sprintf(out, "%-*s|", width, text); // BUG
  return strlen(out);
}

int main(int argc, char **argv) {
  int width = atoi(argv[1]) * 2; // widest header: 20
  printf("%zu\n", cell("id", width));
  return 0;
}
