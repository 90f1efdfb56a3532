// EXPECT: leak
// an address-book merge overwrites a contact's strdup'ed fields with newer values without freeing the old strings
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct contact {
  char *name;
  char *email;
  char *phone;
  int version;
};

static void set_field(char **field, const char *value) {
  *field = strdup(value); // BUG
}

static void contact_free(struct contact *c) {
  free(c->name);
  free(c->email);
  free(c->phone);
}

static struct contact *find(struct contact *book, int n, const char *name) {
  for (int i = 0; i < n; i++)
    if (strcmp(book[i].name, name) == 0) return &book[i];
  return NULL;
}

/* Applies an update line "name|email|phone|version". */
static int apply(struct contact *book, int *n, int cap, const char *line) {
  char name[32], email[48], phone[24];
  int version;
  if (sscanf(line, "%31[^|]|%47[^|]|%23[^|]|%d", name, email, phone, &version) != 4) return -1;
  struct contact *c = find(book, *n, name);
  if (!c) {
    if (*n == cap) return -1;
    c = &book[(*n)++];
    memset(c, 0, sizeof *c);
    set_field(&c->name, name);
  } else if (version <= c->version) {
    return 0;
  }
  set_field(&c->email, email);
  set_field(&c->phone, phone);
  c->version = version;
  return 1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  struct contact book[8];
  int count = 0, applied = 0;
  char line[128];
  for (int i = 0; i < n; i++) {
    int who = i % 3;
    snprintf(line, sizeof line, "%.4s|%.3s%d@example.com|+1-555-%04d|%d", alpha + who, alpha + i % 5, i, 1000 + i * 7, i);
    if (apply(book, &count, 8, line) > 0) applied++;
  }
  for (int i = 0; i < count; i++) printf("%-5s %-20s %s v%d\n", book[i].name, book[i].email, book[i].phone, book[i].version);
  printf("%d contacts, %d updates applied\n", count, applied);
  for (int i = 0; i < count; i++) contact_free(&book[i]);
  return 0;
}
