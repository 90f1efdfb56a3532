// EXPECT: memcpy-param-overlap
// A global line buffer drops its first token by shifting the rest left
// with memcpy (source and destination overlap; memmove was needed).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_line[64] = "CMD first second third";

static void drop_token(size_t skip) {
  size_t rest = strlen(g_line) - skip + 1;
  memcpy(g_line, g_line + skip, rest); // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  drop_token((size_t)(n - 6 + (argc - 3))); /* "CMD " */
  printf("%s\n", g_line);
  return 0;
}
