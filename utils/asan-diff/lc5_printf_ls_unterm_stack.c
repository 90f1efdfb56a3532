// EXPECT: stack-buffer-overflow
// printf("%ls") of a wide stack array filled to its end without a terminator.
#include <stdio.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t w[5];
  for (int i = 0; i < 5; i++)
    w[i] = argv[2][i];
  printf("%ls\n", w); // BUG
  return 0;
}
