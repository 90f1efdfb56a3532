// EXPECT: strncpy-param-overlap
// Leading blanks trimmed in place with strncpy(buf, buf + skip, sizeof buf): the zero padding
// it writes up to sizeof buf covers the source (undefined; Valgrind reports it too).
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char buf[16];
  snprintf(buf, sizeof buf, "      %.2s", argv[2]);
  size_t skip = strspn(buf, " ");
  strncpy(buf, buf + skip, sizeof buf); // BUG
  puts(buf);
  return 0;
}
