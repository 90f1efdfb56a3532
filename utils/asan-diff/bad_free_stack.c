// EXPECT: bad-free
#include <stdlib.h>
int main(int argc, char **argv) {
  char b[10];
  free(b + argc - 1); // BUG
  return 0;
}
