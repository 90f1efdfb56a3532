// EXPECT: leak
// A scripting engine's globals are tagged values (a union of a double and a
// string pointer). Assigning a number to a variable that held a string just
// overwrites the union, without freeing the string: those strings are lost.
// Variables that still hold strings keep them reachable (the union's pointer
// is an aligned word of a global).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum vtype { V_NIL, V_NUM, V_STR };

struct value {
  enum vtype type;
  union {
    double num;
    char *str;
  } u;
};

static struct value g_vars[12];

__attribute__((noinline)) static void set_str(int i, const char *s, int n) {
  if (g_vars[i].type == V_STR) free(g_vars[i].u.str);
  size_t len = strlen(s) + (size_t)n;
  g_vars[i].u.str = malloc(len + 1);
  memset(g_vars[i].u.str, '_', len);
  memcpy(g_vars[i].u.str, s, strlen(s));
  g_vars[i].u.str[len] = 0;
  g_vars[i].type = V_STR;
}

__attribute__((noinline)) static void set_num(int i, double d) {
  g_vars[i].type = V_NUM; /* BUG: a string held before is not freed */
  g_vars[i].u.num = d;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static void script(int n) {
  for (int i = 0; i < 12; i++) set_str(i, "name", n + i);
  for (int i = 0; i < 12; i += 3) set_num(i, i * 1.5 + n);
  set_str(1, "renamed", n); /* frees the old one: fine */
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  script(n);
  scrub();
  double sum = 0;
  size_t slen = 0;
  for (int i = 0; i < 12; i++) {
    if (g_vars[i].type == V_NUM) sum += g_vars[i].u.num;
    else if (g_vars[i].type == V_STR) slen += strlen(g_vars[i].u.str);
  }
  printf("sum %.1f strlen %zu\n", sum, slen);
  return 0;
}
