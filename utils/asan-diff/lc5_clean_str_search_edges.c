// EXPECT: none
// strchr, strrchr, strstr, strncmp, strnlen, strndup and memcmp stopping exactly at their buffers' ends.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char fname[12];
int main(int argc, char **argv) {
  memcpy(fname, argv[2], sizeof fname - 1);
  fname[sizeof fname - 1] = '\0';
  const char *slash = strrchr(fname, '/');
  const char *end = strchr(fname, '\0');
  char tag[4];
  memcpy(tag, argv[2], sizeof tag);
  int pre = strncmp(tag, argv[2], sizeof tag);
  char id[12];
  memcpy(id, argv[2], sizeof id);
  size_t idn = strnlen(id, sizeof id);
  char *idd = strndup(id, sizeof id);
  char *h = malloc(5);
  memcpy(h, "XYZ", 4);
  const char *hit = strstr(argv[2], h);
  char key[8];
  memcpy(key, "Content-", 8);
  int hdr = memcmp(key, "Content-Length:", sizeof key);
  char *s = strdup(argv[2]);
  char *save, *tok;
  int toks = 0;
  for (tok = strtok_r(s, "EJO", &save); tok; tok = strtok_r(NULL, "EJO", &save))
    toks++;
  printf("%d %td %d %zu %s %td %d %d\n", slash == 0, end - fname, pre, idn, idd, hit - argv[2], hdr, toks);
  free(s);
  free(h);
  free(idd);
  return 0;
}
