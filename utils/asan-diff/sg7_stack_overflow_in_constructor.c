// EXPECT: stack-buffer-overflow
// A library constructor (priority 101, before main) parses a built-in
// default configuration into a local buffer; the copy loop stops at the
// NUL of a 20-character value copied into a 20-byte local.
#include <stdio.h>
#include <stdlib.h>
static volatile const char *g_default = "mode=fast,level=4,x1";  /* 20 chars */
static int g_level;
__attribute__((noinline)) static int parse(const char *s) {
  int lvl = 0;
  for (; *s; s++)
    if (*s >= '0' && *s <= '9') lvl = lvl * 10 + (*s - '0');
  return lvl;
}
__attribute__((constructor(101))) static void load_defaults(void) {
  char buf[20];
  const volatile char *src = g_default;
  int i = 0;
  do {
    buf[i] = src[i]; // BUG
  } while (src[i++]);
  g_level = parse(buf);
}
int main(int argc, char **argv) {
  printf("%d %d %s\n", g_level, argc, argv[1]);
  return 0;
}
