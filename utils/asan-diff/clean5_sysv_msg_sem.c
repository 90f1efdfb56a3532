// EXPECT: none
// System V message queue and semaphore set, private to the process:
// msgsnd/msgrcv of typed messages, msgctl IPC_STAT, IPC_SET (raising
// nothing, the permissions rewritten), IPC_INFO and MSG_INFO into struct
// msginfo, IPC_RMID with no buffer; semctl SETALL/GETALL (an array),
// SETVAL/GETVAL (a value), IPC_STAT, SEM_INFO, semop and semtimedop with
// operation arrays on the stack and heap. Each step tolerates refusal.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <time.h>

union semun {
  int val;
  struct semid_ds *buf;
  unsigned short *array;
  struct seminfo *__buf;
};

struct msg {
  long type;
  char text[48];
};

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  int ok = 0;
  unsigned long sum = 0;
  int q = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
  if (q >= 0) {
    struct msg *m = malloc(sizeof *m);
    for (int i = 0; i < n; ++i) {
      m->type = 1 + i % 3;
      snprintf(m->text, sizeof m->text, "%d %.*s", i, i + 1, alpha);
      msgsnd(q, m, strlen(m->text) + 1, 0);
    }
    struct msqid_ds ds;
    if (msgctl(q, IPC_STAT, &ds) == 0) {
      sum += ds.msg_qnum;
      ds.msg_perm.mode = 0640;
      ok += msgctl(q, IPC_SET, &ds) == 0;
    }
    struct msginfo info;
    ok += msgctl(q, IPC_INFO, (struct msqid_ds *)&info) >= 0;
    ok += msgctl(q, MSG_INFO, (struct msqid_ds *)&info) >= 0;
    struct msg in;
    ssize_t r;
    while ((r = msgrcv(q, &in, sizeof in.text, -3, IPC_NOWAIT)) > 0)
      sum = sum * 3 + (unsigned long)r + (unsigned long)in.type;
    free(m);
    ok += msgctl(q, IPC_RMID, NULL) == 0;
  }
  int s = semget(IPC_PRIVATE, 3, IPC_CREAT | 0600);
  if (s >= 0) {
    unsigned short init[3] = {(unsigned short)n, 1, 0};
    union semun arg;
    arg.array = init;
    ok += semctl(s, 0, SETALL, arg) == 0;
    arg.val = 5;
    ok += semctl(s, 2, SETVAL, arg) == 0;
    struct sembuf ops[2] = {{0, -1, 0}, {2, -2, IPC_NOWAIT}};
    for (int i = 0; i < n / 2; ++i)
      ok += semop(s, ops, 2) == 0;
    struct sembuf *hops = malloc(sizeof *hops * 3);
    hops[0] = (struct sembuf){0, 1, 0};
    hops[1] = (struct sembuf){1, 1, 0};
    hops[2] = (struct sembuf){1, -1, 0};
    struct timespec ts = {0, 1000000};
    ok += semtimedop(s, hops, 3, &ts) == 0;
    free(hops);
    unsigned short *vals = malloc(sizeof *vals * 3);
    arg.array = vals;
    if (semctl(s, 0, GETALL, arg) == 0)
      sum = sum * 7 + vals[0] * 100u + vals[1] * 10u + vals[2];
    free(vals);
    sum += (unsigned long)semctl(s, 1, GETVAL);
    struct semid_ds sds;
    arg.buf = &sds;
    if (semctl(s, 0, IPC_STAT, arg) == 0)
      sum += sds.sem_nsems;
    struct seminfo si;
    arg.__buf = &si;
    ok += semctl(s, 0, SEM_INFO, arg) >= 0;
    ok += semctl(s, 0, IPC_RMID) == 0;
  }
  // Where System V IPC is refused, say the same thing as where it works.
  printf("ipc %s sum %lu\n", q >= 0 && s >= 0 ? (ok >= 10 ? "worked" : "partial") : "refused",
         q >= 0 && s >= 0 ? sum : 0);
  return 0;
}
