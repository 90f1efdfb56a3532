// EXPECT: heap-use-after-free
// FLAGS: -D_FORTIFY_SOURCE=2
// A config loader renames an entry: it frees the old name, then copies the
// "new" name, which is the very pointer it just freed (the caller passed
// the entry's own name), into the caller's heap buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry { char *name; int value; };

__attribute__((noinline)) static void rename_entry(struct entry *e,
                                                   const char *newname,
                                                   char *oldcopy) {
  free(e->name);
  strcpy(oldcopy, newname); // BUG
  e->name = strdup(oldcopy);
}

int main(int argc, char **argv) {
  struct entry e = {strdup(argv[2]), atoi(argv[1])};
  char *copy = malloc(64);
  rename_entry(&e, e.name, copy);
  printf("%s=%d\n", e.name, e.value);
  free(e.name);
  free(copy);
  return 0;
}
