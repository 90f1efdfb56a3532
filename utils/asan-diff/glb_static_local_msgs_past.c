// EXPECT: global-buffer-overflow
// A function-local static table of error messages (static const char
// *const) is indexed by an error code with only an upper-bound check
// that uses `<=` on the number of messages.
#include <stdio.h>
#include <stdlib.h>

#define NMSG 4

static const char *strerr(int code) {
  static const char *const msgs[NMSG] = {"ok", "not found", "denied",
                                         "busy"};
  if (code < 0 || code > NMSG) return "?"; /* should be >= */
  return msgs[code]; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int c = 0; c < NMSG; c++) printf("%s\n", strerr(c));
  const char *m = strerr(n - 6 + (argc - 3)); /* 4 */
  printf("%p\n", (const void *)m);
  return 0;
}
