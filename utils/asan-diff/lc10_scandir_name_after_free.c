// EXPECT: heap-use-after-free
// Lists the working directory with scandir; the loop frees each entry as
// it goes, but the "last entry" summary printed afterwards still uses the
// pointer to the final (freed) dirent's name.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  struct dirent **list;
  int n = scandir(".", &list, NULL, alphasort);
  if (n < 0)
    return 1;
  const char *last = NULL;
  size_t total = 0;
  for (int i = 0; i < n; i++) {
    total += strlen(list[i]->d_name);
    last = list[i]->d_name;
    free(list[i]);
  }
  free(list);
  if (last && atoi(argv[1]) > 0)
    printf("%d entries, %zu name bytes, last=%s\n", n, total, last); // BUG
  return 0;
}
