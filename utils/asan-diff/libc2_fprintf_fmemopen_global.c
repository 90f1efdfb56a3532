// EXPECT: global-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
char tag[6];
int main(int argc, char **argv) {
  memcpy(tag, argv[2], sizeof tag);
  char out[128];
  FILE *f = fmemopen(out, sizeof out, "w");
  fprintf(f, "[%s]", tag); // BUG
  fclose(f);
  puts(out);
  return 0;
}
