// EXPECT: stack-buffer-overflow
// Built with _FORTIFY_SOURCE, so at -O2 snprintf becomes __snprintf_chk.
// The label buffer is 16 bytes but the size passed is the shared
// LABEL_MAX (64), and the formatted label is 30 characters.
// FLAGS: -D_FORTIFY_SOURCE=2 -Wno-fortify-source
#include <stdio.h>
#include <string.h>

#define LABEL_MAX 64

__attribute__((noinline)) static size_t label_len(const char *host, int port) {
  char label[16];
  snprintf(label, LABEL_MAX, "%s:%d/metrics", host, port); // BUG
  return strlen(label);
}

int main(int argc, char **argv) {
  printf("%zu\n", label_len(argc > 1 ? "db-replica-07" : "db", 9100 + argc));
  return 0;
}
