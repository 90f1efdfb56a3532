// EXPECT: dynamic-stack-buffer-overflow
// Inside a loop over words, each word is copied into alloca(strlen(w)) --
// no room for the terminating NUL that strcpy writes.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static int vowels(const char *s) { int n = 0; for (; *s; s++) n += strchr("AEIOU", *s) != 0; return n; }
int main(int argc, char **argv) {
  const char *words[3] = {"AB", argv[2] + 20, argv[1]};
  int total = 0;
  for (int i = 0; i < 3; i++) {
    char *w = alloca(strlen(words[i]));
    strcpy(w, words[i]); // BUG
    total += vowels(w);
  }
  printf("%d %d\n", total, argc);
  return 0;
}
