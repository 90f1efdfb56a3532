// EXPECT: heap-use-after-free
// FLAGS: -latomic
// A 40-byte _Atomic config record is replaced with a compare-exchange
// (libatomic's __atomic_compare_exchange with pointers). The reloader frees
// the old heap record and then retries the CAS against the stale pointer.
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct config { long version; long limits[3]; char name[8]; };

__attribute__((noinline)) static int publish(_Atomic struct config *slot,
                                             struct config *seen,
                                             const struct config *next) {
  return atomic_compare_exchange_strong(slot, seen, *next); // BUG
}

int main(int argc, char **argv) {
  _Atomic struct config *live = malloc(sizeof *live);
  struct config c0 = {1, {10, 20, 30}, "boot"};
  atomic_store(live, c0);
  struct config seen = atomic_load(live);
  struct config next = seen;
  next.version = atoi(argv[1]);
  memcpy(next.name, argv[2], 7);
  publish(live, &seen, &next);
  free((void *)live);              /* "retired"... */
  next.version++;
  int ok = publish(live, &seen, &next); /* ...but still used */
  printf("%d %ld %d\n", ok, seen.version, argc);
  return 0;
}
