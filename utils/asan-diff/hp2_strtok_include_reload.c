// EXPECT: heap-use-after-free
// a directive processor walks a script with strtok; an "include" directive reloads the shared script buffer (realloc'ing it to fit the included text), and the outer strtok loop keeps scanning the freed buffer
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct script {
  char *buf;
  size_t cap;
};

struct machine {
  long acc;
  long regs[4];
  int executed;
  int includes;
};

static void script_load(struct script *s, const char *text) {
  size_t n = strlen(text) + 1;
  if (n > s->cap) {
    s->buf = realloc(s->buf, n);
    s->cap = n;
  }
  memcpy(s->buf, text, n);
}

static const char *library(const char *name, const char *alpha) {
  static char text[512];
  if (strcmp(name, "math") == 0)
    snprintf(text, sizeof text, "set 0 %d;add 0 %d;mul 0 3;store 1;set 0 %d;store 2;add 0 7;store 3", (int)strlen(alpha), alpha[0], alpha[1]);
  else
    snprintf(text, sizeof text, "set 0 1");
  return text;
}

static void exec_one(struct machine *m, const char *insn) {
  char op[8];
  long a = 0, b = 0;
  int k = sscanf(insn, "%7s %ld %ld", op, &a, &b);
  if (k < 1) return;
  m->executed++;
  if (strcmp(op, "set") == 0 && k == 3) m->acc = b;
  else if (strcmp(op, "add") == 0 && k == 3) m->acc += b;
  else if (strcmp(op, "mul") == 0 && k == 2) m->acc *= a;
  else if (strcmp(op, "store") == 0 && k == 2 && a >= 0 && a < 4) m->regs[a] = m->acc;
  else if (strcmp(op, "load") == 0 && k == 2 && a >= 0 && a < 4) m->acc = m->regs[a];
}

/* Runs the script in s->buf; "include NAME" runs a library in the same buffer. */
static void run(struct machine *m, struct script *s, const char *alpha) {
  for (char *insn = strtok(s->buf, ";"); insn; insn = strtok(NULL, ";")) { // BUG
    while (*insn == ' ') insn++;
    if (strncmp(insn, "include ", 8) == 0) {
      m->includes++;
      struct script lib = {NULL, 0};
      script_load(&lib, library(insn + 8, alpha));
      /* the buffer is reused for the library text: run it instruction by instruction */
      script_load(s, lib.buf);
      for (char *p = lib.buf, *e; p && *p; p = e ? e + 1 : NULL) {
        e = strchr(p, ';');
        if (e) *e = '\0';
        exec_one(m, p);
      }
      free(lib.buf);
      continue;
    }
    exec_one(m, insn);
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  struct script s = {NULL, 0};
  char prog[256];
  snprintf(prog, sizeof prog, "set 0 %d;store 0;include math;load 0;add 0 %d;store 0;load 3", n, n * 2);
  script_load(&s, prog);
  struct machine m;
  memset(&m, 0, sizeof m);
  run(&m, &s, alpha);
  printf("executed %d (%d includes): acc %ld regs %ld %ld %ld %ld\n", m.executed, m.includes, m.acc, m.regs[0], m.regs[1],
         m.regs[2], m.regs[3]);
  free(s.buf);
  return 0;
}
