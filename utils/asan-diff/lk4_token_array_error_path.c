// EXPECT: leak
// A command parser splits a line into a strdup'd token array and validates
// each token. On the first invalid token it frees the array and returns an
// error, but not the tokens already copied into it: they are lost (direct
// leaks, since the array that pointed to them is freed).
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cmd {
  char **argv;
  int argc;
};

__attribute__((noinline)) static int valid_token(const char *t) {
  for (; *t; t++)
    if (!isalnum((unsigned char)*t) && *t != '-' && *t != '_') return 0;
  return 1;
}

__attribute__((noinline)) static int parse_cmd(const char *line, struct cmd *out) {
  char *copy = strdup(line);
  char **toks = calloc(32, sizeof *toks);
  int n = 0;
  for (char *save, *t = strtok_r(copy, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
    toks[n++] = strdup(t);
    if (!valid_token(t) || n == 32) {
      free(toks); // BUG
      free(copy);
      return -1;
    }
  }
  free(copy);
  out->argv = toks;
  out->argc = n;
  return 0;
}

static void free_cmd(struct cmd *c) {
  for (int i = 0; i < c->argc; i++) free(c->argv[i]);
  free(c->argv);
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  char line[256];
  int ok = 0, bad = 0;
  for (int round = 0; round < 3; round++) {
    size_t o = 0;
    for (int i = 0; i < n / 2; i++)
      o += (size_t)snprintf(line + o, sizeof line - o, "arg%d_%d ", round, i);
    /* the second command carries a token with a shell metacharacter */
    snprintf(line + o, sizeof line - o, round == 1 ? "x;rm %s" : "end %s", argv[2]);
    struct cmd c;
    if (parse_cmd(line, &c) == 0) {
      ok += c.argc;
      free_cmd(&c);
    } else {
      bad++;
    }
  }
  scrub();
  printf("ok tokens %d bad commands %d\n", ok, bad);
  return 0;
}
