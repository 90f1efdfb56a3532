// EXPECT: heap-buffer-overflow
// FLAGS: -gsplit-dwarf
// Debug info split out into a .dwo file (-gsplit-dwarf, as large projects
// build to speed up linking): the report's source lines must come from
// the .dwo. A right-trim loop walks backwards from the end of a heap
// string and, for a string of only spaces, reads one byte before it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static size_t rtrim_len(const char *s, size_t n) {
  const char *e = s + n - 1;
  while (*e == ' ') e--; // BUG
  return (size_t)(e - s + 1);
}

int main(int argc, char **argv) {
  size_t n = (size_t)atoi(argv[1]);
  char *blank = malloc(n);
  memset(blank, ' ', n);
  char *word = malloc(n);
  memcpy(word, argv[2], n);
  printf("%zu\n", rtrim_len(word, n));
  printf("%zu\n", rtrim_len(blank, n));
  free(word);
  free(blank);
  return 0;
}
