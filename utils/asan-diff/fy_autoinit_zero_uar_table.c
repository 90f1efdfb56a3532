// EXPECT: stack-use-after-return
// FLAGS: -ftrivial-auto-var-init=zero
// With -ftrivial-auto-var-init=zero, locals start zeroed: a lookup builds
// a small local table and returns a pointer into it; the caller reads the
// entry after the frame is gone.
#include <stdio.h>
#include <stdlib.h>

struct entry { int key, val; };

__attribute__((noinline)) static const struct entry *find(int key) {
  struct entry table[8];
  for (int i = 0; i < 6; i++) { table[i].key = i * 3; table[i].val = i * i; }
  for (int i = 0; i < 8; i++)
    if (table[i].key == key) return &table[i];
  return NULL;
}

int main(int argc, char **argv) {
  const struct entry *e = find(atoi(argv[1]) - 4);   /* 6 */
  if (e) printf("%d\n", e->val); // BUG
  return 0;
}
