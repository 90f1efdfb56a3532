// EXPECT: heap-use-after-free
// A job table forks a child per job. The "cancel" path frees the job
// record but forgets to clear the slot, and the reaper still collects the
// child's exit status into the freed record with wait3().
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

struct job {
  char name[24];
  pid_t pid;
  int status;
};

int main(int argc, char **argv) {
  struct job *slot = calloc(1, sizeof *slot);
  snprintf(slot->name, sizeof slot->name, "job-%s", argv[1]);
  slot->pid = fork();
  if (slot->pid == 0)
    _exit(3);
  if (argc > 2) // "cancel" requested: drop the record (slot not cleared)
    free(slot);
  pid_t got = wait3(&slot->status, 0, NULL); // BUG
  printf("%d\n", (int)got);
  return 0;
}
