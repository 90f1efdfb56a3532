// EXPECT: stack-use-after-scope
// A `for` loop whose increment clause logs the token produced by the body.
// The token points into a buffer declared inside the body, and the
// increment expression runs after the body's block has ended.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned g_log;

__attribute__((noinline)) static void log_token(const char *t) {
  g_log = g_log * 31 + (unsigned char)t[0]; // BUG
}

int main(int argc, char **argv) {
  const char *tok = "";
  int n = atoi(argv[1]) / 3; /* 3 */
  for (int i = 0; i < n; log_token(tok), i++) {
    char word[16];
    size_t len = strlen(argv[2]) % 8 + 4;
    memcpy(word, argv[2] + i, len);
    word[len] = 0;
    tok = word;
  }
  printf("%u %d\n", g_log, argc);
  return 0;
}
