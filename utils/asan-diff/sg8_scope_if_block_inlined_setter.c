// EXPECT: stack-use-after-scope
// An options struct keeps a `const char *` to its output name. When no
// name is given, the default name is formatted into a buffer local to an
// `if` block and handed to a small setter (inlined at -O2, so the store is
// of the buffer's own address); the caller reads the name after the block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct opts { const char *out; int level; };

static inline void set_out(struct opts *o, const char *name) { o->out = name; }

__attribute__((noinline)) static char first_char(const struct opts *o) {
  return o->out[0]; // BUG
}

int main(int argc, char **argv) {
  struct opts o = {NULL, atoi(argv[1])};
  if (argc < 5) {
    char def[24];
    snprintf(def, sizeof def, "out-%d.log", o.level);
    set_out(&o, def);
  }
  printf("starts with %c\n", first_char(&o));
  return 0;
}
