// EXPECT: stack-use-after-scope
// A cleanup routine remembers the name of the semaphore it created in a
// block-local buffer and unlinks it after the block has ended.
#include <fcntl.h>
#include <semaphore.h>
#include <stdio.h>

int main(int argc, char **argv) {
  const char *to_unlink = NULL;
  sem_t *s = SEM_FAILED;
  {
    char name[32];
    snprintf(name, sizeof name, "/lc11-sem-%s", argv[1]);
    s = sem_open(name, O_CREAT, 0600, 0);
    to_unlink = name;
  }
  if (s != SEM_FAILED)
    sem_close(s);
  int rc = sem_unlink(to_unlink); // BUG
  printf("%d\n", rc);
  return 0;
}
