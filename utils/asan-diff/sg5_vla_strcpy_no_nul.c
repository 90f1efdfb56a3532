// EXPECT: dynamic-stack-buffer-overflow
// A VLA sized strlen(s) receives strcpy(s): the NUL lands one past the end.
#include <stdio.h>
#include <string.h>
__attribute__((noinline)) static int upper(const char *s) {
  char copy[strlen(s)];
  strcpy(copy, s); // BUG
  int n = 0;
  for (char *p = copy; *p; p++) n += *p >= 'A' && *p <= 'Z';
  return n;
}
int main(int argc, char **argv) {
  printf("%d %d\n", upper(argv[2] + 10), argc);
  return 0;
}
