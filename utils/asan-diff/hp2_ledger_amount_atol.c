// EXPECT: heap-buffer-overflow
// a fixed-width ledger parser copies the 8-digit amount column into an 8-byte field at the end of a malloc'ed entry and hands it to atol, which reads past the entry looking for the terminator
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COL_DATE 0
#define COL_ACCOUNT 8
#define COL_AMOUNT 20
#define LINE_WIDTH 28

struct entry {
  char date[9];
  char account[13];
  char sign;
  char amount[8]; /* digits, right-aligned, space padded */
};

static struct entry *parse_line(const char *line) {
  if (strlen(line) < LINE_WIDTH) return NULL;
  struct entry *e = malloc(sizeof *e);
  memcpy(e->date, line + COL_DATE, 8);
  e->date[8] = '\0';
  memcpy(e->account, line + COL_ACCOUNT, 12);
  e->account[12] = '\0';
  char *sp = strchr(e->account, ' ');
  if (sp) *sp = '\0';
  e->sign = line[COL_AMOUNT - 1] == '-' ? '-' : '+';
  memcpy(e->amount, line + COL_AMOUNT, 8);
  return e;
}

static long entry_cents(const struct entry *e) {
  const char *p = e->amount;
  while (*p == ' ') p++;
  long v = atol(p); // BUG
  return e->sign == '-' ? -v : v;
}

struct account_total {
  char name[13];
  long cents;
  int entries;
};

static struct account_total *find_or_add(struct account_total *t, int *n, const char *name) {
  for (int i = 0; i < *n; i++)
    if (strcmp(t[i].name, name) == 0) return &t[i];
  struct account_total *a = &t[(*n)++];
  snprintf(a->name, sizeof a->name, "%s", name);
  a->cents = 0;
  a->entries = 0;
  return a;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  char lines[16][40];
  int nl = n < 16 ? n : 16;
  for (int i = 0; i < nl; i++) {
    long amount = (long)(alpha[(size_t)i % al] - 'A' + 1) * 137 * (i + 1);
    if (i == nl - 1) amount = 12345678; /* a large transfer fills the column */
    snprintf(lines[i], sizeof lines[i], "2024%02d%02d%-11.11s%c%8ld", 1 + i % 12, 1 + i * 2 % 28,
             i % 3 ? "ACME-OPS" : "PAYROLL", i % 4 == 1 ? '-' : ' ', amount);
  }
  struct account_total totals[16];
  int nt = 0;
  long balance = 0;
  for (int i = 0; i < nl; i++) {
    struct entry *e = parse_line(lines[i]);
    if (!e) continue;
    long c = entry_cents(e);
    struct account_total *a = find_or_add(totals, &nt, e->account);
    a->cents += c;
    a->entries++;
    balance += c;
    free(e);
  }
  for (int i = 0; i < nt; i++) printf("%-12s %4d entries %12.2f\n", totals[i].name, totals[i].entries, totals[i].cents / 100.0);
  printf("balance %.2f\n", balance / 100.0);
  return 0;
}
