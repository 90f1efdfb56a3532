// EXPECT: stack-use-after-scope
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  const char *p;
  {
    char name[16];
    strcpy(name, argv[1]);
    p = name;
  }
  size_t n = strlen(p); // BUG
  printf("%zu\n", n);
  return 0;
}
