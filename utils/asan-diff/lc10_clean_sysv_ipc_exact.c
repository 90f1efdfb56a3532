// EXPECT: none
// System V IPC used exactly right: msgsnd/msgrcv with msgsz counting only
// the text, msgctl(IPC_STAT) into a whole struct msqid_ds, a semaphore set
// driven through semctl (SETVAL, GETVAL, IPC_STAT via union semun) and a
// one-element semop, a shared segment attached, marked for removal and
// queried into a full struct shmid_ds. Every object is removed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

union semun {
  int val;
  struct semid_ds *buf;
  unsigned short *array;
};

struct note {
  long mtype;
  char text[16];
};

int main(int argc, char **argv) {
  int q = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
  int s = semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
  int m = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
  long got = -1, qnum = -1;
  int semval = -1, sems = -1, segsz = -1;
  if (q >= 0) {
    struct note *out = calloc(1, sizeof *out);
    out->mtype = 2;
    snprintf(out->text, sizeof out->text, "n=%s", argv[1]);
    msgsnd(q, out, sizeof out->text, IPC_NOWAIT);
    struct msqid_ds *st = malloc(sizeof *st);
    if (msgctl(q, IPC_STAT, st) == 0)
      qnum = (long)st->msg_qnum;
    struct note in;
    got = msgrcv(q, &in, sizeof in.text, 2, IPC_NOWAIT);
    msgctl(q, IPC_RMID, NULL);
    free(st);
    free(out);
  }
  if (s >= 0) {
    union semun arg;
    arg.val = atoi(argv[1]);
    semctl(s, 0, SETVAL, arg);
    struct sembuf op = {0, -1, IPC_NOWAIT};
    semop(s, &op, 1);
    semval = semctl(s, 0, GETVAL);
    struct semid_ds ds;
    arg.buf = &ds;
    if (semctl(s, 0, IPC_STAT, arg) == 0)
      sems = (int)ds.sem_nsems;
    semctl(s, 0, IPC_RMID);
  }
  if (m >= 0) {
    char *mem = shmat(m, NULL, 0);
    shmctl(m, IPC_RMID, NULL);
    if (mem != (void *)-1) {
      memset(mem, 'x', 4096);
      struct shmid_ds *ds = malloc(sizeof *ds);
      if (shmctl(m, IPC_STAT, ds) == 0)
        segsz = (int)ds->shm_segsz;
      free(ds);
      shmdt(mem);
    }
  }
  printf("%ld %ld %d %d %d\n", got, qnum, semval, sems, segsz);
  return 0;
}
