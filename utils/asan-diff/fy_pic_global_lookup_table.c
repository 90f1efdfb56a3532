// EXPECT: global-buffer-overflow
// FLAGS: -fPIC
// Code built -fPIC (as for a shared library, here linked into the program)
// maps a status code to its name through a global table of pointers
// (accessed through the GOT). The bound check uses <= against the number
// of entries, so the last valid code plus one reads past the table.
#include <stdio.h>
#include <stdlib.h>

const char *status_names[] = {"ok", "warn", "error", "fatal", "unknown",
                              "retry", "timeout", "closed", "busy", "gone"};
const int status_count = sizeof status_names / sizeof status_names[0];

__attribute__((noinline)) const char *status_name(int code) {
  if (code < 0 || code > status_count) return "?";
  return status_names[code]; // BUG
}

int main(int argc, char **argv) {
  int code = atoi(argv[1]);
  const char *n = status_name(code);
  printf("%d -> %s\n", code, n ? "named" : "null");
  return 0;
}
