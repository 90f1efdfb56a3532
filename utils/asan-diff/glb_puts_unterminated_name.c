// EXPECT: global-buffer-overflow
// A 10-byte global name is filled by strncpy with its full size from a
// longer argument: strncpy leaves it unterminated and puts reads past it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_name[10];
long g_counter;

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  strncpy(g_name, argv[argc - 1], sizeof g_name);
  g_counter += n;
  puts(g_name); // BUG
  printf("%ld\n", g_counter);
  return 0;
}
