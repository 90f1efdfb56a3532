// EXPECT: dynamic-stack-buffer-overflow
// A path helper joins a directory and a file name into an alloca'd buffer
// for a quick stat-like lookup. The size accounts for both strings and the
// terminating NUL but forgets the '/' separator, so the final memcpy of the
// name (with its NUL) writes one byte past the alloca'd block.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned lookup(const char *path) {
  unsigned h = 5381;
  for (const char *p = path; *p; p++) h = h * 33 + (unsigned char)*p;
  return h;
}

__attribute__((noinline)) static unsigned probe(const char *dir, const char *name) {
  size_t dl = strlen(dir), nl = strlen(name);
  char *path = alloca(dl + nl + 1);
  memcpy(path, dir, dl);
  path[dl] = '/';
  memcpy(path + dl + 1, name, nl + 1);  // BUG
  return lookup(path);
}

int main(int argc, char **argv) {
  const char *name = argc > 2 ? argv[2] : "file";
  unsigned h = 0;
  static const char *dirs[] = {"/usr/share/doc", "/etc", "/var/lib/package-state"};
  for (int i = 0; i < 3; i++) h ^= probe(dirs[i], name);
  printf("%08x\n", h);
  return 0;
}
