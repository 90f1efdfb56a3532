// EXPECT: global-buffer-overflow
// Builds a named semaphore's name in a global fixed-size array with
// memcpy of exactly sizeof(array) bytes; "/queue-lock" fills it without
// the terminator, so sem_open reads past the global.
#include <fcntl.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>

static char sem_name[11];
static int sem_users;

int main(int argc, char **argv) {
  memcpy(sem_name, argc > 1 ? "/queue-lock" : "/q\0", sizeof sem_name);
  sem_t *s = sem_open(sem_name, O_CREAT, 0600, 1); // BUG
  if (s != SEM_FAILED) {
    sem_users++;
    sem_close(s);
    sem_unlink("/queue-lock");
  }
  printf("%d\n", sem_users);
  return 0;
}
