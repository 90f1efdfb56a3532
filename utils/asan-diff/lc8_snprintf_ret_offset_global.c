// EXPECT: global-buffer-overflow
// A report is appended into a global buffer with snprintf, advancing by its return value; once truncated, the remaining size underflows and the next call writes past the buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char report[32];
int main(int argc, char **argv) {
  size_t off = 0;
  int n = atoi(argv[1]);
  for (int i = 0; i < n; i++) {
    size_t room = sizeof report - off;
    int w = snprintf(report + off, room, "[%c%c:%d]", argv[2][i], argv[2][i + 1], i); // BUG
    off += (size_t)w;
  }
  printf("%s\n", report);
  return 0;
}
