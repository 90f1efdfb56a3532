// EXPECT: bad-free
// Seeds getline with a stack array to avoid an allocation for short
// lines, with its true size; a longer line makes glibc realloc the
// "buffer", which was never malloc()-ed.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static long first_line(FILE *f) {
  char small[32];
  char *line = small;
  size_t cap = sizeof small;
  ssize_t n = getline(&line, &cap, f); // BUG
  if (line != small)
    free(line);
  return (long)n;
}

int main(int argc, char **argv) {
  FILE *f = fopen("long.txt", "r");
  if (!f)
    return 1;
  printf("%ld %d\n", first_line(f), atoi(argv[1]));
  fclose(f);
  return 0;
}
