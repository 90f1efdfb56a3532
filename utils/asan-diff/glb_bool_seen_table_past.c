// EXPECT: global-buffer-overflow
// A global bool table marks which digits occur; digits are taken as
// c - '0' for any character from '0' to ':' (an off-by-one in the range
// check), so ':' marks the entry after the table.
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool g_seen[10];
int g_distinct;

static void mark_digits(const char *s) {
  for (; *s; s++)
    if (*s >= '0' && *s <= ':') {
      if (!g_seen[*s - '0']) g_distinct++; // BUG
      g_seen[*s - '0'] = true;
    }
}

int main(int argc, char **argv) {
  char text[32];
  snprintf(text, sizeof text, "%s%d:", argv[1], argc);
  mark_digits(text);
  printf("%d\n", g_distinct);
  return 0;
}
