// EXPECT: stack-use-after-scope
// a retrying sender formats each attempt's error into a buffer declared inside the retry loop and keeps a pointer to it as "last error", which is reported after the loop
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct link {
  int mtu;
  int drop_every;
  int sent_packets;
  unsigned seq;
  unsigned long bytes;
};

static int link_send(struct link *l, const char *data, size_t len) {
  l->seq++;
  if (len > (size_t)l->mtu) return -EMSGSIZE;
  if (l->drop_every && l->seq % (unsigned)l->drop_every == 0) return -EAGAIN;
  l->sent_packets++;
  l->bytes += len;
  (void)data;
  return (int)len;
}

static size_t fragment(const char *msg, size_t len, size_t mtu, size_t *offsets, size_t max) {
  size_t n = 0;
  for (size_t off = 0; off < len && n < max; off += mtu) offsets[n++] = off;
  return n;
}

struct send_report {
  int attempts;
  int failures;
  const char *last_error;
  size_t error_len;
  char summary[32];
};

static int send_with_retry(struct link *l, const char *msg, size_t len, int max_tries, struct send_report *rep) {
  size_t offs[32];
  size_t nfrag = fragment(msg, len, (size_t)l->mtu, offs, 32);
  rep->attempts = rep->failures = 0;
  rep->last_error = NULL;
  int rc = 0;
  for (size_t f = 0; f < nfrag; f++) {
    size_t flen = (f + 1 < nfrag ? offs[f + 1] : len) - offs[f];
    int tries = 0;
    for (;;) {
      char why[64];
      rep->attempts++;
      int r = link_send(l, msg + offs[f], flen);
      if (r >= 0) break;
      rep->failures++;
      snprintf(why, sizeof why, "fragment %zu try %d: %s", f, tries, strerror(-r));
      rep->last_error = why;
      if (++tries == max_tries) {
        rc = -1;
        break;
      }
    }
    if (rc) break;
  }
  if (rep->last_error) {
    rep->error_len = strlen(rep->last_error); // BUG
    snprintf(rep->summary, sizeof rep->summary, "%.31s", rep->last_error);
  }
  return rc;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  char msg[256];
  size_t len = 0;
  for (int i = 0; i < n; i++) len += (size_t)snprintf(msg + len, sizeof msg - len, "%.*s;", 1 + i % 9, alpha + i);
  struct link l = {16, 3, 0, 0, 0};
  struct send_report rep;
  int rc = send_with_retry(&l, msg, len, 4, &rep);
  printf("rc %d: %d attempts, %d failures, %d packets, %lu bytes\n", rc, rep.attempts, rep.failures, l.sent_packets,
         l.bytes);
  if (rep.failures) printf("last error (%zu chars): %s\n", rep.error_len, rep.summary);
  return 0;
}
