// EXPECT: heap-buffer-overflow
// A producer process sends a job to its parent over a System V message
// queue, passing sizeof the whole message struct to msgsnd. msgsz counts
// only the text after the long mtype, so msgsnd reads sizeof(long) bytes
// past the end of the heap message.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/wait.h>
#include <unistd.h>

struct job_msg {
  long mtype;
  char text[24];
};

static void producer(int q, const char *arg) {
  struct job_msg *m = malloc(sizeof *m);
  m->mtype = 1;
  snprintf(m->text, sizeof m->text, "job %s", arg);
  int r = msgsnd(q, m, sizeof *m, IPC_NOWAIT); // BUG
  free(m);
  _exit(r == 0 ? 0 : 1);
}

int main(int argc, char **argv) {
  int q = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
  if (q < 0) {
    perror("msgget");
    return 0;
  }
  pid_t pid = fork();
  if (pid == 0)
    producer(q, argv[1]);
  int status = 0;
  waitpid(pid, &status, 0);
  struct job_msg back;
  ssize_t got = msgrcv(q, &back, sizeof back.text, 0, IPC_NOWAIT);
  msgctl(q, IPC_RMID, NULL); // the queue goes away whatever the child did
  printf("%zd %d\n", got, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  return 0;
}
