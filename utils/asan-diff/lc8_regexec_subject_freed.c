// EXPECT: heap-use-after-free
// Lines are validated against a compiled pattern after the reader that owned the line buffer released it.
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct reader {
  char *line;
  size_t cap;
};
static void reader_close(struct reader *r) { free(r->line); }
int main(int argc, char **argv) {
  regex_t re;
  if (regcomp(&re, "^[A-Z]+[0-9]*$", REG_EXTENDED | REG_NOSUB) != 0)
    return 1;
  struct reader rd;
  rd.cap = 64;
  rd.line = malloc(rd.cap);
  snprintf(rd.line, rd.cap, "%s%s", argv[2], argv[1]);
  const char *subject = rd.line;
  reader_close(&rd);
  int m = regexec(&re, subject, 0, NULL, 0); // BUG
  printf("%d\n", m);
  regfree(&re);
  return 0;
}
