// EXPECT: global-buffer-overflow
// The last record's fixed-width code field is full, and printf("%s") reads past the global array.
#include <stdio.h>
#include <string.h>
struct item {
  int id;
  char code[4];
};
struct item items[3];
int main(int argc, char **argv) {
  for (int i = 0; i < 3; i++) {
    items[i].id = i;
    memcpy(items[i].code, argv[2] + 4 * i, sizeof items[i].code);
  }
  printf("%d:%s\n", items[2].id, items[2].code); // BUG
  return 0;
}
