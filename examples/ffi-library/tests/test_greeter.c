/* The library's test suite, one case per argument, each a ctest test. The
 * clean cases use the API as its header says; the others are the mistakes
 * memscope should catch at this file's lines. */
#include "greeter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int test_message(void) {
  greeter *g = greeter_new("world");
  char *s = greeter_message(g);
  int ok = strcmp(s, "hello, world") == 0;
  greeter_string_free(s);
  greeter_free(g);
  return ok;
}

static int test_error(void) {
  greeter *g = greeter_new("");
  char *e = greeter_last_error();
  int ok = !g && e && strstr(e, "empty name");
  greeter_string_free(e);
  return ok;
}

static int bug_forgotten_string(void) {
  greeter *g = greeter_new("leak");
  char *s = greeter_message(g); /* never given back */
  int ok = s[0] == 'h';
  greeter_free(g);
  return ok;
}

static int bug_use_after_free(void) {
  greeter *g = greeter_new("uaf");
  char *s = greeter_message(g);
  greeter_string_free(s);
  int ok = s[0] == 'h'; /* read after the library freed it */
  greeter_free(g);
  return ok;
}

static int bug_double_free(void) {
  greeter *g = greeter_new("twice");
  greeter_free(g);
  greeter_free(g); /* the handle, destroyed twice */
  return 1;
}

static int bug_leaked_handle(void) {
  greeter *g = greeter_new("lost"); /* never destroyed */
  return g != NULL;
}

int main(int argc, char **argv) {
  const char *name = argc > 1 ? argv[1] : "";
  int ok = !strcmp(name, "message")            ? test_message()
           : !strcmp(name, "error")            ? test_error()
           : !strcmp(name, "forgotten-string") ? bug_forgotten_string()
           : !strcmp(name, "use-after-free")   ? bug_use_after_free()
           : !strcmp(name, "double-free")      ? bug_double_free()
           : !strcmp(name, "leaked-handle")    ? bug_leaked_handle()
                                               : (fprintf(stderr, "no test '%s'\n", name), 0);
  printf("%s: %s\n", name, ok ? "ok" : "FAILED");
  return ok ? 0 : 1;
}
