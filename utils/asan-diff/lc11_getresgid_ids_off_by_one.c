// EXPECT: stack-buffer-overflow
// Collects the real, effective and saved group ids into an array meant to
// hold all three, but the array was declared with the count of "ids other
// than the real one" (2); the saved gid lands one element past it.
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>

#define EXTRA_IDS 2

__attribute__((noinline)) static int same_ids(void) {
  gid_t ids[EXTRA_IDS];
  if (getresgid(&ids[0], &ids[1], &ids[2]) != 0) // BUG
    return -1;
  return ids[0] == ids[1];
}

int main(int argc, char **argv) {
  printf("%d %d\n", same_ids(), argc);
  return 0;
}
