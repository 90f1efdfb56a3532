// EXPECT: stack-use-after-scope
// Three nested blocks; the innermost buffer's pointer escapes to the outer
// block through a volatile and is read after the middle block ends.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void fill(char *b, int n, int v) { memset(b, 'a' + v % 26, (size_t)n); }
int main(int argc, char **argv) {
  char *volatile p = 0;
  int v = atoi(argv[1]);
  long s = 0;
  {
    int outer[4] = {v, v, v, v};
    {
      char mid[12];
      fill(mid, 12, v);
      {
        char inner[20];
        fill(inner, 20, v + 1);
        p = inner;
        s += inner[19] + mid[11];
      }
      s += mid[0];
    }
    s += outer[3] + p[argc]; // BUG
  }
  printf("%ld\n", s);
  return 0;
}
