// EXPECT: stack-buffer-overflow
// an event loop polls a set of pipes; when a watcher is added while the set is full it is dropped, but the count is still incremented, so poll reads one pollfd past the array
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_WATCH 4

struct loop {
  int nfds;
  int dropped;
  struct pollfd fds[MAX_WATCH];
};

static void watch(struct loop *l, int fd, short events) {
  if (l->nfds < MAX_WATCH) {
    l->fds[l->nfds].fd = fd;
    l->fds[l->nfds].events = events;
    l->fds[l->nfds].revents = 0;
  } else {
    l->dropped++;
  }
  l->nfds++;
}

static void unwatch(struct loop *l, int fd) {
  int n = l->nfds < MAX_WATCH ? l->nfds : MAX_WATCH;
  for (int i = 0; i < n; i++) {
    if (l->fds[i].fd != fd) continue;
    l->fds[i] = l->fds[n - 1];
    l->nfds--;
    return;
  }
}

/* Splits "i:payload;" records and counts them per source index. */
static int count_records(const char *acc, int *per_src, int nsrc) {
  int total = 0;
  for (const char *p = acc; *p;) {
    int src = atoi(p);
    if (src >= 0 && src < nsrc) per_src[src]++;
    const char *semi = strchr(p, ';');
    if (!semi) break;
    total++;
    p = semi + 1;
  }
  return total;
}

static int run_once(struct loop *l, char *acc, size_t cap, size_t *len) {
  int ready = poll(l->fds, (nfds_t)l->nfds, 0); // BUG
  if (ready <= 0) return ready;
  for (int i = 0; i < l->nfds && i < MAX_WATCH; i++) {
    if (!(l->fds[i].revents & POLLIN)) continue;
    char buf[64];
    ssize_t n = read(l->fds[i].fd, buf, sizeof buf);
    if (n > 0 && *len + (size_t)n < cap) {
      memcpy(acc + *len, buf, (size_t)n);
      *len += (size_t)n;
    }
  }
  return ready;
}

int main(int argc, char **argv) {
  int npipes = argc > 1 ? atoi(argv[1]) % 6 + 1 : 3;
  const char *msg = argc > 2 ? argv[2] : "ping";
  struct loop l;
  memset(&l, 0, sizeof l);
  int pipes[8][2];
  for (int i = 0; i < npipes; i++) {
    if (pipe(pipes[i]) != 0) return 1;
    watch(&l, pipes[i][0], POLLIN);
  }
  for (int i = 0; i < npipes; i++) {
    char line[48];
    int n = snprintf(line, sizeof line, "%d:%.*s;", i, 2 + i, msg);
    if (write(pipes[i][1], line, (size_t)n) != n) return 1;
  }
  char acc[512];
  size_t len = 0;
  int rounds = 0, r;
  while ((r = run_once(&l, acc, sizeof acc - 1, &len)) > 0) rounds++;
  acc[len] = '\0';
  printf("%d rounds, %d watched, %d dropped: %s\n", rounds, l.nfds, l.dropped, acc);
  int per_src[8] = {0};
  printf("%d records, %d from pipe 0\n", count_records(acc, per_src, 8), per_src[0]);
  for (int i = 0; i < npipes; i++) {
    unwatch(&l, pipes[i][0]);
    close(pipes[i][0]);
    close(pipes[i][1]);
  }
  return 0;
}
