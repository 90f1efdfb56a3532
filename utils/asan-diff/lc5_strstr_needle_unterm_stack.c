// EXPECT: stack-buffer-overflow
// The needle of strstr is a 3-char stack array without a terminator.
#include <stddef.h>
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char needle[3];
  memcpy(needle, argv[2] + 10, sizeof needle);
  char *hit = strstr(argv[2], needle); // BUG
  printf("%td\n", hit ? hit - argv[2] : (ptrdiff_t)-1);
  return 0;
}
