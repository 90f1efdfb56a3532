// EXPECT: heap-use-after-free
// FLAGS: -D_FORTIFY_SOURCE=2 -Wno-error
// With _FORTIFY_SOURCE at -O2, strcat into a local array becomes
// __strcat_chk; the string appended was freed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *word = strdup(argv[2]);
  char line[64] = "word: ";
  if (atoi(argv[1]) > 5)
    free(word);
  strcat(line, word); // BUG
  printf("%s\n", line);
  return 0;
}
