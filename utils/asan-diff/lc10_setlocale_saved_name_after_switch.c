// EXPECT: heap-use-after-free
// Saves the string setlocale(LC_ALL, NULL) returns to restore it later,
// without copying it. Changing one category makes glibc build a new
// composite LC_ALL name and free the old one, so printing the saved name
// reads freed memory.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  if (!setlocale(LC_ALL, "C.UTF-8"))
    return 0;
  const char *saved = setlocale(LC_ALL, NULL); // not copied
  if (atoi(argv[1]) > 3)
    setlocale(LC_NUMERIC, "C");
  printf("restoring %s\n", saved); // BUG
  setlocale(LC_ALL, "C");
  return 0;
}
