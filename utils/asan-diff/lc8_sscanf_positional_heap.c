// EXPECT: heap-buffer-overflow
// A record parser uses numbered conversions so a translated format can reorder fields; the name goes into an 8-byte heap buffer and the field is 12 characters.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static const char *rec_fmt = "%2$s %1$d";
int main(int argc, char **argv) {
  char line[64];
  snprintf(line, sizeof line, "%.12s %s", argv[2], argv[1]);
  char *name = malloc(8);
  int id = 0;
  int n = sscanf(line, rec_fmt, &id, name); // BUG
  printf("%d %d %.7s\n", n, id, name);
  free(name);
  return 0;
}
