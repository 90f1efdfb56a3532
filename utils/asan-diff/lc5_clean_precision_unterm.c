// EXPECT: none
// Literal precisions exactly the size of unterminated buffers, and sprintf into exactly-sized blocks.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct item {
  int id;
  char code[4];
};
struct item items[3];
char gname[6];
int main(int argc, char **argv) {
  for (int i = 0; i < 3; i++) {
    items[i].id = i;
    memcpy(items[i].code, argv[2] + 4 * i, sizeof items[i].code);
  }
  memcpy(gname, argv[2], sizeof gname);
  printf("%d:%.4s %d:%.4s\n", items[0].id, items[0].code, items[2].id, items[2].code);
  char *h = malloc(5);
  memcpy(h, argv[2] + 21, 5);
  printf("%.5s|%-8.6s|%10.5s|\n", h, gname, h);
  fprintf(stderr, "%.6s\n", gname);
  const char *dir = argv[1], *file = argv[2];
  char *path = malloc(strlen(dir) + 1 + strlen(file) + 1);
  int pw = sprintf(path, "%s/%s", dir, file);
  int need = snprintf(NULL, 0, "%s:%.4s", path, h);
  char *lbl = malloc(need + 1);
  snprintf(lbl, need + 1, "%s:%.4s", path, h);
  int cnt;
  printf("%s%n\n", lbl, &cnt);
  printf("%d %d %d\n", pw, need, cnt);
  free(lbl);
  free(path);
  free(h);
  return 0;
}
