// EXPECT: heap-buffer-overflow
// Built with _FORTIFY_SOURCE: at -O2 sprintf into a malloc'd buffer of
// known size becomes __sprintf_chk. The buffer is sized for the
// directory and the file name but not for the '/' and the NUL.
// FLAGS: -D_FORTIFY_SOURCE=2
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? "/var/cache/app" : "/c";
  const char *file = argv[2];
  char *path = malloc(strlen(dir) + strlen(file));
  sprintf(path, "%s/%s", dir, file); // BUG
  printf("%zu\n", strlen(path));
  free(path);
  return 0;
}
