// EXPECT: stack-buffer-overflow
// Parses "user:level" records; the user field was shrunk to 8 bytes in a
// refactor but the format still allows 15 characters (%15[^:]) -- the
// declared width no longer fits the buffer even for short names.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
  int level;
  char user[8];
};

static int parse(const char *line, struct rec *out) {
  char user[8];
  int level = 0;
  int n = sscanf(line, "%15[^:]:%d", user, &level); // BUG
  if (n != 2)
    return -1;
  memcpy(out->user, user, sizeof user);
  out->level = level;
  return 0;
}

int main(int argc, char **argv) {
  char line[32];
  snprintf(line, sizeof line, "bob:%s", argv[1]);
  struct rec r;
  int ok = parse(line, &r);
  printf("%d %s %d\n", ok, r.user, r.level);
  return 0;
}
