// EXPECT: heap-use-after-free
// A date field is split out of a heap line, the line is freed, and the field (pointing into it) is parsed.
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
int main(int argc, char **argv) {
  char *line = malloc(64);
  snprintf(line, 64, "id=%s date=2024-0%d-1%d", argv[2], atoi(argv[1]) % 9, atoi(argv[1]) % 7);
  char *date = strstr(line, "date=") + 5;
  free(line);
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  char *end = strptime(date, "%Y-%m-%d", &tm); // BUG
  printf("%d %d %p\n", tm.tm_year, tm.tm_mon, (void *)end);
  return 0;
}
