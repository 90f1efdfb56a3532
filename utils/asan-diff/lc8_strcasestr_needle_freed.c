// EXPECT: heap-use-after-free
// A case-insensitive search whose needle came from a config entry that was released when the config was reloaded.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct config {
  char *keyword;
};
static void reload(struct config *c, const char *v) {
  free(c->keyword);
  (void)v;
}
int main(int argc, char **argv) {
  struct config c;
  c.keyword = strdup("klm");
  const char *needle = c.keyword;
  reload(&c, argv[1]);
  char *hit = strcasestr(argv[2], needle); // BUG
  printf("%ld\n", hit ? (long)(hit - argv[2]) : -1L);
  return 0;
}
