// EXPECT: global-buffer-overflow
// A newline is searched with memchr in a 20-byte global line buffer with
// the length of the whole input (26), so memchr reads past the buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_linebuf[20];
size_t g_input_len;

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  const char *in = argv[argc - 1];
  g_input_len = strlen(in);
  memcpy(g_linebuf, in, sizeof g_linebuf);
  const char *nl = memchr(g_linebuf, '\n', g_input_len); // BUG
  printf("%d %d\n", nl ? (int)(nl - g_linebuf) : -1, n);
  return 0;
}
