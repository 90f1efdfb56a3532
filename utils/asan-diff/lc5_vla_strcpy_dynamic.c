// EXPECT: dynamic-stack-buffer-overflow
// A VLA sized from the command line receives a longer string through strcpy.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char name[n];
  strcpy(name, argv[2]); // BUG
  puts(name);
  return 0;
}
