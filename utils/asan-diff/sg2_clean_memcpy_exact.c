// EXPECT: none
// memcpy, memmove and memset on exactly the sizes of stack and global
// objects with partial last granules, and struct assignment.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Hdr { char magic[5]; unsigned short ver; char name[13]; };
struct Hdr g_hdr = {"MSCP", 3, "global-name"};
char g_13[13] = "abcdefghijkl";
static double g_vec[7];
int main(int argc, char **argv) {
  struct Hdr h;
  memcpy(&h, &g_hdr, sizeof h);
  char b13[13];
  memcpy(b13, g_13, sizeof b13);
  memmove(b13 + 1, b13, sizeof b13 - 1);
  double v[7];
  for (int i = 0; i < 7; i++) v[i] = i * argc;
  memcpy(g_vec, v, sizeof v);
  memset(v, 0, sizeof v);
  memmove(v, g_vec, sizeof g_vec);
  struct Hdr copy = h;
  copy.ver += (unsigned short)atoi(argv[1]);
  g_hdr = copy;
  char name[sizeof h.name];
  memcpy(name, argv[2], sizeof name - 1);
  name[sizeof name - 1] = 0;
  printf("%s %d %s %.12s %f %s\n", g_hdr.magic, g_hdr.ver, h.name, b13, v[6], name);
  return 0;
}
