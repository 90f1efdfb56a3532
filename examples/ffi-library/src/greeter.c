/* The library: built without memscope, as a library from elsewhere is. */
#include "greeter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct greeter {
  char *name;
  unsigned greeted;
};

static _Thread_local char last_error[128];

greeter *greeter_new(const char *name) {
  if (!name || !*name) {
    snprintf(last_error, sizeof last_error, "greeter_new: empty name");
    return NULL;
  }
  greeter *g = malloc(sizeof *g);
  g->name = strdup(name);
  g->greeted = 0;
  return g;
}

void greeter_free(greeter *g) {
  if (!g)
    return;
  free(g->name);
  free(g);
}

char *greeter_message(const greeter *g) {
  size_t size = strlen(g->name) + sizeof "hello, ";
  char *s = malloc(size);
  snprintf(s, size, "hello, %s", g->name);
  return s;
}

void greeter_string_free(char *s) {
  free(s);
  last_error[0] = last_error[0]; /* not a tail call */
}

char *greeter_last_error(void) {
  return last_error[0] ? strdup(last_error) : NULL;
}
