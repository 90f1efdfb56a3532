// EXPECT: heap-buffer-overflow
// fgetpos stores a whole fpos_t (16 bytes) into an 8-byte block. clang-22's ASan checks fgetpos (an interceptor newer than memscope's sanitizer_common).
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  FILE *f = fopen("long.txt", "r");
  fpos_t *pos = malloc(sizeof(long));
  fgetc(f);
  fgetpos(f, pos); // BUG
  printf("%d\n", fgetc(f));
  fclose(f);
  free(pos);
  return 0;
}
