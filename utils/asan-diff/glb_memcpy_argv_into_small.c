// EXPECT: global-buffer-overflow
// The program name argument is copied into a fixed 20-byte global with its
// length taken from the source, not the destination.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_label[20];
int g_label_len;

static void set_label(const char *s) {
  size_t n = strlen(s);
  memcpy(g_label, s, n); // BUG
  g_label_len = (int)n;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  if (v > 0)
    set_label(argv[argc - 1]);
  printf("%d %.5s\n", g_label_len, g_label);
  return 0;
}
