// EXPECT: stack-buffer-overflow
// A path is assembled into a 24-byte local with stpcpy for the directory
// and separator and strcpy for the file name; the length check counted
// the pieces but forgot the terminating NUL.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static size_t digest(const char *s) {
  size_t h = 0;
  while (*s) h = h * 33 + (unsigned char)*s++;
  return h;
}
__attribute__((noinline)) static size_t emit(const char *dir, const char *file) {
  char path[24];
  if (strlen(dir) + 1 + strlen(file) > sizeof path) return 0;
  char *p = path;
  p = stpcpy(p, dir);
  p = stpcpy(p, "/");
  strcpy(p, file); // BUG
  return (size_t)(p - path) + digest(path);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  /* "/usr/lib" (8) + "/" + 15 chars == 24 bytes of text, 25 with NUL */
  size_t r = emit("/usr/lib", argv[2] + n + 1);
  printf("%zu %d\n", r, argc);
  return 0;
}
