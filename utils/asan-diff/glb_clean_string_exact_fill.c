// EXPECT: none
// Strings that exactly fill their global buffers: strcpy of the 26-letter
// argument into a 27-byte global, snprintf bounded by sizeof, strncpy with
// the size minus one and an explicit terminator, sscanf with a field
// width of size minus one, and strlen/strchr/puts on the results.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_alpha[27];
char g_small[8];
static char g_word[12];
char g_fmt[16];

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  strcpy(g_alpha, argv[argc - 1]);
  strncpy(g_small, g_alpha, sizeof g_small - 1);
  g_small[sizeof g_small - 1] = '\0';
  sscanf(g_alpha, "%11s", g_word);
  int w = snprintf(g_fmt, sizeof g_fmt, "%s-%d", g_alpha, n);
  const char *z = strchr(g_alpha, 'Z');
  puts(g_small);
  printf("%zu %zu %d %s %s\n", strlen(g_alpha), strlen(g_word), w, z, g_fmt);
  return 0;
}
