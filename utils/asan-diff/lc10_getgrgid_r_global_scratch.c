// EXPECT: global-buffer-overflow
// Looks up group 0 with getgrgid_r, reusing a small global scratch buffer
// but passing sizeof of a larger, different buffer as its length.
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>

static char name_cache[64];
static char scratch[12];

int main(int argc, char **argv) {
  struct group gr, *res = NULL;
  gid_t gid = (gid_t)(atoi(argv[1]) - 10);
  int r = getgrgid_r(gid, &gr, scratch, sizeof name_cache, &res); // BUG
  if (r == 0 && res)
    snprintf(name_cache, sizeof name_cache, "%s", gr.gr_name);
  printf("%d %s\n", r, name_cache);
  return 0;
}
