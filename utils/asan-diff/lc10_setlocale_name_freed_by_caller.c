// EXPECT: double-free
// Treats the string setlocale returns as the caller's to free: after
// free(old), the next setlocale call replaces (and frees) that same name.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  if (!setlocale(LC_ALL, "C.UTF-8"))
    return 0;
  char *old = setlocale(LC_ALL, NULL);
  printf("was %s\n", old);
  free(old); // not the caller's
  if (atoi(argv[1]) > 0)
    setlocale(LC_ALL, "C"); // BUG
  printf("%s\n", setlocale(LC_ALL, NULL));
  return 0;
}
