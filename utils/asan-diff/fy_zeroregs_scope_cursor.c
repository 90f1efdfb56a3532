// EXPECT: stack-use-after-scope
// FLAGS: -fzero-call-used-regs=all
// Built with -fzero-call-used-regs=all (every function clears the
// registers it used before returning): a tokenizer keeps a cursor into a
// block-scoped buffer and uses it after the block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static void upcase(char *s, size_t n) {
  for (size_t i = 0; i < n && s[i]; i++)
    if (s[i] >= 'a' && s[i] <= 'z') s[i] -= 32;
}

__attribute__((noinline)) static size_t span_alpha(const char *p) {
  size_t n = 0;
  while ((p[n] >= 'A' && p[n] <= 'Z')) n++; // BUG
  return n;
}

int main(int argc, char **argv) {
  const char *cursor;
  {
    char line[48];
    snprintf(line, sizeof line, "%s %s", argv[2], argv[1]);
    upcase(line, sizeof line);
    cursor = line;
  }
  printf("%zu\n", span_alpha(cursor));
  return 0;
}
