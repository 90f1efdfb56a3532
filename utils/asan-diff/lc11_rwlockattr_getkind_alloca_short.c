// EXPECT: dynamic-stack-buffer-overflow
// Reads the reader/writer preference of an rwlock attribute into
// alloca'd storage sized for a short (the kinds are small numbers);
// pthread_rwlockattr_getkind_np stores an int.
#define _GNU_SOURCE
#include <alloca.h>
#include <pthread.h>
#include <stdio.h>

__attribute__((noinline)) static int prefers_writers(pthread_rwlockattr_t *ra, int nattrs) {
  short *kind = alloca(nattrs * sizeof(short));
  *kind = 0;
  pthread_rwlockattr_getkind_np(ra, (int *)kind); // BUG
  return *kind != PTHREAD_RWLOCK_PREFER_READER_NP;
}

int main(int argc, char **argv) {
  pthread_rwlockattr_t ra;
  pthread_rwlockattr_init(&ra);
  if (argc > 1)
    pthread_rwlockattr_setkind_np(&ra, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
  printf("%d\n", prefers_writers(&ra, argc > 1 ? 1 : 2));
  pthread_rwlockattr_destroy(&ra);
  return 0;
}
