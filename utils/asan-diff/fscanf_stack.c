// EXPECT: stack-buffer-overflow
#include <stdio.h>
int main(int argc, char **argv) {
  char word[4];
  FILE *f = fopen("long.txt", "r");
  fscanf(f, "%*s %s", word); // BUG
  fclose(f);
  printf("%c\n", word[0]);
  return 0;
}
