#include <stdio.h>
#include <string.h>

char *greeter_greet(const char *name);
void greeter_free(char *greeting);

int main(int argc, char **argv) {
  const char *which = argc > 1 ? argv[1] : "ok";
  char *greeting = greeter_greet("C");
  printf("%s\n", greeting);
  if (!strcmp(which, "leak"))
    return 0; /* greeting is never given back */
  greeter_free(greeting);
  if (!strcmp(which, "double-free"))
    greeter_free(greeting);
  return 0;
}
