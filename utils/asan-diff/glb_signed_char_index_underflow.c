// EXPECT: global-buffer-overflow
// A byte-frequency table is indexed with a plain (signed) char; a byte
// above 0x7f becomes a negative index and the increment lands before the
// table.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* (initialized: defined in this order, g_before right before g_freq) */
unsigned g_before[8] = {0};
unsigned g_freq[256] = {0};

static void count(const char *s) {
  for (; *s; s++)
    g_freq[(int)*s]++; // BUG
}

int main(int argc, char **argv) {
  char text[40];
  int n = atoi(argv[1]);
  snprintf(text, sizeof text, "%s", argv[argc - 1]);
  text[n] = (char)(0xFF - (argc - 3)); /* -1 as a signed char */
  count(text);
  printf("%u %u\n", g_freq['A'], g_before[7]);
  return 0;
}
