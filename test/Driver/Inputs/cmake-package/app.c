#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *volatile Sink;

int main(int Argc, char **Argv) {
  if (Argc > 1 && !strcmp(Argv[1], "leak"))
    Sink = malloc(24); // the leak
  Sink = 0;
  puts("app ran");
  return 0;
}
