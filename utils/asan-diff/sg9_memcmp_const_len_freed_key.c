// EXPECT: heap-use-after-free
// A cache compares a 16-byte key with __builtin_memcmp against the key of an
// entry that eviction already freed (the index still points at it). With a
// constant length the compiler may expand the compare into loads.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry { char key[16]; int value; };
static struct entry *index_[4];

__attribute__((noinline)) static int lookup(const char *key) {
  for (int i = 0; i < 4; i++)
    if (index_[i] && __builtin_memcmp(index_[i]->key, key, 16) == 0) // BUG
      return index_[i]->value;
  return -1;
}

int main(int argc, char **argv) {
  for (int i = 0; i < 4; i++) {
    index_[i] = malloc(sizeof(struct entry));
    memcpy(index_[i]->key, argv[2] + i, 16);
    index_[i]->value = i;
  }
  free(index_[atoi(argv[1]) - 10]);    /* evict entry 0, index not cleared */
  printf("%d %d\n", lookup(argv[2] + 2), argc);
  return 0;
}
