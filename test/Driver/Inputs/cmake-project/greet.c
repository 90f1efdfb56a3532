// ===- test/Driver/Inputs/cmake-project/greet.c - the shared library ------===
//
// Instrumented, linked without the runtime; see ../../cmake-project.test.
// ===----------------------------------------------------------------------===
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void greet(const char *Name) {
  char *Line = malloc(strlen(Name) + 8);
  strcpy(Line, "hello, ");
  strcat(Line, Name);
  printf("greet: %s\n", Line);
  free(Line);
}
