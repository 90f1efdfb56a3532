// EXPECT: global-buffer-overflow
// A saved copy of the small settings struct is made with sizeof of the
// source's bigger type; memcpy writes past the global destination.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct settings { int mode; int speed; };
struct settings_ex { struct settings base; int extra[6]; };
struct settings g_saved;
int g_counter;
__attribute__((noinline)) static void save(const struct settings_ex *s) {
  memcpy(&g_saved, s, sizeof(*s)); // BUG
}
int main(int argc, char **argv) {
  struct settings_ex cur = {{atoi(argv[1]), argc}, {0}};
  save(&cur);
  printf("%d %d\n", g_saved.mode, g_counter);
  return 0;
}
