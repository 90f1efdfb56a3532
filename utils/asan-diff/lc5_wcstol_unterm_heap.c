// EXPECT: heap-buffer-overflow
// wcstol of a wide digit field with no terminator.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t *digits = malloc(4 * sizeof(wchar_t));
  for (int i = 0; i < 4; i++)
    digits[i] = L'1' + (argv[2][i] - 'A');
  long v = wcstol(digits, NULL, 10); // BUG
  printf("%ld\n", v);
  free(digits);
  return 0;
}
