// EXPECT: stack-buffer-overflow
// A portable (POSIX, int-returning) strerror_r wrapper formats into the
// caller's buffer but assumes every caller passes ERRBUF_MAX bytes; one
// caller hands it a 12-byte buffer for a short status word.
// FLAGS: -D_POSIX_C_SOURCE=200809L -U_GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ERRBUF_MAX 128

__attribute__((noinline)) static void describe(int err, char *out) {
  if (strerror_r(err, out, ERRBUF_MAX) != 0) // BUG
    snprintf(out, 12, "err %d", err);
}

int main(int argc, char **argv) {
  char status[12];
  int err = argc > 2 ? ENAMETOOLONG : 0;
  describe(err, status);
  printf("%s\n", status);
  return 0;
}
