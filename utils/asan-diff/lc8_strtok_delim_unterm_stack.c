// EXPECT: stack-buffer-overflow
// A CSV splitter keeps its separator set in a char[3] filled from a table without room for the terminator; strtok reads the set past its end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static const char seps_table[] = ",;:|";
int count_fields(char *line, int kind) {
  char seps[3];
  memcpy(seps, seps_table + kind, sizeof seps);
  int n = 0;
  for (char *t = strtok(line, seps); t; t = strtok(NULL, seps)) // BUG
    n++;
  return n;
}
int main(int argc, char **argv) {
  char line[64];
  snprintf(line, sizeof line, "%s,%s;%s", argv[1], argv[2], argv[1]);
  int kind = atoi(argv[1]) - 10;
  printf("%d fields\n", count_fields(line, kind));
  return 0;
}
