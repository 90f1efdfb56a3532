// EXPECT: global-buffer-overflow
// Hex digits are looked up in a string literal; the digit value comes from
// input and is not reduced modulo 16, so 17 reads past the literal's
// terminator.
#include <stdio.h>
#include <stdlib.h>

static char hex_digit(int v) {
  return "0123456789abcdef"[v]; // BUG
}

int main(int argc, char **argv) {
  int base = atoi(argv[1]);
  char out[8];
  int n = 0;
  for (int v = base - 3; v <= base + 7 && n < 7; v += 2) {
    out[n++] = hex_digit(v - argc + 3);
  }
  out[n] = '\0';
  printf("%s\n", out);
  return 0;
}
