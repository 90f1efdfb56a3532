// EXPECT: stack-buffer-overflow
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  _Atomic int flags[3];
  for (int i = 0; i < 3; i++) atomic_init(&flags[i], 0);
  atomic_store(&flags[atoi(argv[1]) - 7], argc); // BUG
  printf("%d\n", atomic_load(&flags[0]));
  return 0;
}
