// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  FILE *f = fopen("/dev/null", "w");
  char *buf = malloc(16);
  int r = setvbuf(f, buf, _IOFBF, atoi(argv[1]) * 8); // BUG
  fprintf(f, "%s %s %s\n", argv[2], argv[2], argv[2]);
  fclose(f);
  printf("%d\n", r);
  free(buf);
  return 0;
}
