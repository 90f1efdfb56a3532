// EXPECT: none
// strncpy, strncat, stpcpy and a correct strlcpy at the last byte of their buffers.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char msg[24];
char line[20];
static size_t my_strlcpy(char *dst, const char *src, size_t size) {
  size_t len = strlen(src);
  if (size) {
    size_t n = len < size - 1 ? len : size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
  }
  return len;
}
int main(int argc, char **argv) {
  char name[16];
  strncpy(name, argv[2], sizeof name - 1);
  name[sizeof name - 1] = '\0';
  strcpy(msg, "user=");
  strncat(msg, argv[2], sizeof msg - strlen(msg) - 1);
  strcpy(line, argv[1]);
  strncat(line, argv[2], sizeof line - strlen(line) - 1);
  char key[30];
  char *p = key;
  p = stpcpy(p, argv[1]);
  p = stpcpy(p, ":");
  p = stpcpy(p, argv[2]);
  size_t cap = atoi(argv[1]) + 2;
  char *d = malloc(cap);
  size_t want = my_strlcpy(d, argv[2], cap);
  char *copy = malloc(strlen(argv[2]) + 1);
  strcpy(copy, argv[2]);
  char path[32] = "/tmp";
  for (int i = 0; i < 6; i++)
    strcat(path, "/dir");
  char buf[32];
  size_t pos = 0;
  for (int i = 0; i < atoi(argv[1]) && pos < sizeof buf; i++) {
    int w = snprintf(buf + pos, sizeof buf - pos, "%.3s,", argv[2] + i);
    if (w < 0 || (size_t)w >= sizeof buf - pos)
      break;
    pos += w;
  }
  printf("%s %s %s %s %zu %s %s %s %s %zu\n", name, msg, line, key, want, d, copy, path, buf, strlen(name));
  free(copy);
  free(d);
  return 0;
}
