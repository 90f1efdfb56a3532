// EXPECT: stack-buffer-overflow
// setbuf hands a stream a 64-byte stack array as its BUFSIZ-byte buffer.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  FILE *f = tmpfile();
  char buf[64];
  setbuf(f, buf); // BUG
  fprintf(f, "%s %d\n", argv[2], atoi(argv[1]));
  fclose(f);
  return 0;
}
