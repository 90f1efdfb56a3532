// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=3
// Saves the working directory with getcwd into a heap buffer sized for a
// short default and passes getcwd the size of a PATH_MAX buffer (the
// constant the code used before the buffer went to the heap).
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct state { char *cwd; size_t cwd_cap; };

__attribute__((noinline)) static void save_cwd(struct state *st) {
  if (!getcwd(st->cwd, PATH_MAX)) // BUG
    st->cwd[0] = 0;
}

int main(int argc, char **argv) {
  struct state st;
  st.cwd_cap = (size_t)atoi(argv[1]);
  st.cwd = malloc(st.cwd_cap);
  save_cwd(&st);
  printf("%zu\n", strlen(st.cwd) > 0);
  free(st.cwd);
  return 0;
}
