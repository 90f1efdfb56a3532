// EXPECT: none
// POSIX message queues: mq_open with O_CREAT and attributes on the stack,
// mq_send/mq_receive with priorities (the priority stored through a heap
// pointer), mq_getattr into heap memory, mq_setattr toggling O_NONBLOCK
// with the old attributes returned, mq_notify registering SIGEV_NONE and
// unregistering with NULL, mq_timedsend/mq_timedreceive, mq_unlink with a
// name built in a heap string. Refusal (no /dev/mqueue) is tolerated.
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  char *name = malloc(64);
  snprintf(name, 64, "/clean5_mq_%d", (int)getpid());
  struct mq_attr attr = {0};
  attr.mq_maxmsg = 8;
  attr.mq_msgsize = 64;
  mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
  if (q == (mqd_t)-1) {
    printf("mq refused\n");
    free(name);
    return 0;
  }
  unsigned long sum = 0;
  struct mq_attr *got = malloc(sizeof *got);
  mq_getattr(q, got);
  sum += (unsigned long)got->mq_maxmsg * 100 + (unsigned long)got->mq_msgsize;
  struct sigevent ev;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_NONE;
  int notified = mq_notify(q, &ev) == 0;
  notified += mq_notify(q, NULL) == 0;
  char *buf = malloc(64); // exactly mq_msgsize
  unsigned *prio = malloc(sizeof *prio);
  for (int round = 0; round < n; ++round) {
    for (int i = 0; i < 6; ++i) {
      char msg[32];
      int len = snprintf(msg, sizeof msg, "%d:%.*s", round, i + 1, alpha + round);
      mq_send(q, msg, (size_t)len, (unsigned)(i % 3));
    }
    ssize_t r;
    struct mq_attr nb = {0}, old;
    nb.mq_flags = O_NONBLOCK;
    mq_setattr(q, &nb, &old);
    while ((r = mq_receive(q, buf, 64, prio)) >= 0)
      sum = sum * 31 + (unsigned long)r + *prio + (unsigned char)buf[r - 1];
    mq_setattr(q, &old, NULL);
  }
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  ts.tv_sec += 1;
  mq_timedsend(q, alpha, 26, 7, &ts);
  ssize_t r = mq_timedreceive(q, buf, 64, NULL, &ts);
  sum += (unsigned long)r;
  mq_close(q);
  mq_unlink(name);
  free(name);
  free(got);
  free(buf);
  free(prio);
  printf("mq notify %d sum %lu\n", notified, sum);
  return 0;
}
