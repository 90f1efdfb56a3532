// EXPECT: none
// glob over files made in the working directory (GLOB_APPEND, GLOB_NOCHECK, no match; not GLOB_DOOFFS: the sanitizers' glob reads its NULL slots), wordexp with quoting and reuse.
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wordexp.h>
int main(int argc, char **argv) {
  FILE *f = fopen("g1.dat", "w"); fputs("1", f); fclose(f);
  f = fopen("g22.dat", "w"); fclose(f);
  glob_t g;
  memset(&g, 0, sizeof g);
  int r1 = glob("g*.dat", 0, NULL, &g);
  int r2 = glob("*.txt", GLOB_APPEND, NULL, &g);
  int r3 = glob("nomatch*", GLOB_APPEND | GLOB_NOCHECK, NULL, &g);
  size_t tot = 0;
  for (size_t i = 0; i < g.gl_pathc; i++) tot += strlen(g.gl_pathv[i]);
  int r4;
  glob_t g2;
  r4 = glob("zzz*", 0, NULL, &g2);
  globfree(&g);
  wordexp_t w;
  int w1 = wordexp("a 'b c' \"d\"e", &w, 0);
  size_t wl = 0;
  for (size_t i = 0; i < w.we_wordc; i++) wl += strlen(w.we_wordv[i]);
  int w2 = wordexp("tail", &w, WRDE_APPEND);
  size_t wc = w.we_wordc;
  wordfree(&w);
  wordexp_t w3;
  w3.we_offs = 1;
  int w4 = wordexp("x y", &w3, WRDE_DOOFFS | WRDE_NOCMD);
  printf("%d %d %d %zu %zu %d %d %zu %d %zu %d %s %d\n", r1, r2, r3, g.gl_pathc, tot, r4, w1, wl, w2, wc, w4, w3.we_wordv[2], argc);
  wordfree(&w3);
  unlink("g1.dat"); unlink("g22.dat");
  return 0;
}
