// EXPECT: heap-buffer-overflow
// FLAGS: -fstack-protector-strong -Wformat -Werror=format-security -D_FORTIFY_SOURCE=2 -fPIE -pie -Wl,-z,relro -Wl,-z,now
// Built with Debian's dpkg-buildflags hardening set (stack protector,
// format checks, _FORTIFY_SOURCE=2, PIE, full RELRO). A config value is
// duplicated and trimmed; the trailing-newline strip uses strlen of the
// original line, which is longer than the duplicated value, so the write
// lands past the copy.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static char *value_of(const char *line) {
  const char *eq = strchr(line, '=');
  if (!eq) return NULL;
  char *v = strdup(eq + 1);
  size_t n = strlen(line);
  if (n && line[n - 1] == '\n') v[n - 1] = '\0'; // BUG
  return v;
}

int main(int argc, char **argv) {
  char line[64];
  snprintf(line, sizeof line, "name=%.*s\n", atoi(argv[1]), argv[2]);
  char *v = value_of(line);
  printf("[%s]\n", v ? v : "");
  free(v);
  return 0;
}
