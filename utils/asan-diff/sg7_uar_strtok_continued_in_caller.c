// EXPECT: stack-use-after-return
// A helper copies a config line into a local buffer and calls strtok on it
// to get the first field; the caller then continues with strtok(NULL, ...),
// which resumes inside the helper's dead buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static const char *first_field(const char *line) {
  static char first[32];
  char buf[64];
  strncpy(buf, line, sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  const char *tok = strtok(buf, ",");
  snprintf(first, sizeof first, "%s", tok ? tok : "");
  return first;
}
int main(int argc, char **argv) {
  char line[64];
  snprintf(line, sizeof line, "name=%s,count=%s,mode=fast", argv[2], argv[1]);
  const char *f = first_field(line);
  size_t total = strlen(f);
  for (char *t = strtok(NULL, ","); t; t = strtok(NULL, ",")) // BUG
    total += strlen(t);
  printf("%zu %d\n", total, argc);
  return 0;
}
