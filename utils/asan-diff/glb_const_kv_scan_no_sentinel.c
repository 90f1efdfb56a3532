// EXPECT: global-buffer-overflow
// A const key/value table in read-only data is scanned until the key
// matches; the table was meant to end with a {0, ...} sentinel entry that
// was never added, so a missing key walks past the table.
#include <stdio.h>
#include <stdlib.h>

struct errmap {
  int code;
  const char *text;
};

static const struct errmap g_errors[] = {
    {1, "EPERM"}, {2, "ENOENT"}, {5, "EIO"}, {12, "ENOMEM"}, {13, "EACCES"}};

static const char *err_text(int code) {
  const struct errmap *e = g_errors;
  while (e->code && e->code != code) // BUG
    e++;
  return e->code ? e->text : "unknown";
}

int main(int argc, char **argv) {
  int code = atoi(argv[1]) * 10 + argc; /* 103: not in the table */
  printf("%s\n", err_text(2));
  printf("%s\n", err_text(code));
  return 0;
}
