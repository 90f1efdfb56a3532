// EXPECT: heap-buffer-overflow
// API-key checking: keys are stored as heap copies of their exact length, and a request's key
// is compared with memcmp using the request's length after only checking the first byte
// class. A request key longer than the stored one makes memcmp's range run past the stored
// copy, even when the bytes differ early.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct key {
  char *bytes; /* not NUL-terminated */
  size_t len;
  const char *owner;
  int uses;
};

static struct key make_key(const char *s, size_t len, const char *owner) {
  struct key k = { malloc(len), len, owner, 0 };
  memcpy(k.bytes, s, len);
  return k;
}

static struct key *check(struct key *keys, int n, const char *given, size_t glen) {
  for (int i = 0; i < n; i++) {
    if (keys[i].len == 0 || keys[i].bytes[0] != given[0]) continue;
    if (memcmp(keys[i].bytes, given, glen) == 0) return &keys[i]; // BUG
  }
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct key keys[4];
  keys[0] = make_key("sk_live_0123456789", 18, "billing");
  keys[1] = make_key("sk_test_abcdef", 14, "ci");
  keys[2] = make_key(alpha, 12, "admin");
  keys[3] = make_key("pk_9f8e7d", 9, "frontend");
  char req[64];
  int ok = 0, denied = 0;
  for (int i = 0; i < n; i++) {
    switch (i % 4) {
    case 0: snprintf(req, sizeof req, "sk_live_0123456789"); break;
    case 1: snprintf(req, sizeof req, "pk_9f8e7d"); break;
    case 2: snprintf(req, sizeof req, "sk_test_abcdeX"); break;
    default: snprintf(req, sizeof req, "%.4s-%.*s", alpha, 8 + i % 10, alpha); break; /* a long guess */
    }
    struct key *k = check(keys, 4, req, strlen(req));
    if (k) { ok++; k->uses++; } else denied++;
  }
  printf("%d accepted, %d denied;", ok, denied);
  for (int i = 0; i < 4; i++) printf(" %s=%d", keys[i].owner, keys[i].uses);
  printf("\n");
  for (int i = 0; i < 4; i++) free(keys[i].bytes);
  return 0;
}
