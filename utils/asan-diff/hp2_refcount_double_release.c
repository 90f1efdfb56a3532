// EXPECT: heap-use-after-free
// a message is reference counted; the router's drop path releases the reference it was handed and then the common exit releases it again, so the count is decremented on a freed message
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct message {
  int refs;
  int topic;
  size_t len;
  char *payload;
};

static struct message *msg_new(int topic, const char *text) {
  struct message *m = malloc(sizeof *m);
  m->refs = 1;
  m->topic = topic;
  m->len = strlen(text);
  m->payload = malloc(m->len + 1);
  memcpy(m->payload, text, m->len + 1);
  return m;
}

static struct message *msg_ref(struct message *m) {
  m->refs++;
  return m;
}

static void msg_unref(struct message *m) {
  if (--m->refs == 0) { // BUG
    free(m->payload);
    free(m);
  }
}

#define QCAP 16
struct queue {
  struct message *items[QCAP];
  int head, count;
  int topic_mask;
  long bytes;
};

static int queue_put(struct queue *q, struct message *m) {
  if (q->count == QCAP) return -1;
  q->items[(q->head + q->count) % QCAP] = msg_ref(m);
  q->count++;
  q->bytes += (long)m->len;
  return 0;
}

static struct message *queue_take(struct queue *q) {
  if (!q->count) return NULL;
  struct message *m = q->items[q->head];
  q->head = (q->head + 1) % QCAP;
  q->count--;
  return m;
}

/* Takes over the caller's reference to m. */
static int route(struct queue *qs, int nq, struct message *m) {
  int delivered = 0;
  for (int i = 0; i < nq; i++) {
    if (!(qs[i].topic_mask & (1 << m->topic))) continue;
    if (queue_put(&qs[i], m) == 0) delivered++;
  }
  if (delivered == 0) {
    /* nobody subscribed: drop it */
    msg_unref(m);
  }
  msg_unref(m);
  return delivered;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct queue qs[3];
  memset(qs, 0, sizeof qs);
  qs[0].topic_mask = 0x3;
  qs[1].topic_mask = 0x6;
  qs[2].topic_mask = 0x1;
  int routed = 0;
  char text[32];
  for (int i = 0; i < n; i++) {
    snprintf(text, sizeof text, "%.*s#%d", 3 + i % 4, alpha + (size_t)i % (al - 7), i);
    routed += route(qs, 3, msg_new(i % 4, text));
  }
  for (int i = 0; i < 3; i++) {
    struct message *m;
    unsigned h = 0;
    while ((m = queue_take(&qs[i])) != NULL) {
      for (size_t k = 0; k < m->len; k++) h = h * 31 + (unsigned char)m->payload[k];
      msg_unref(m);
    }
    printf("queue %d: %ld bytes, hash %08x\n", i, qs[i].bytes, h);
  }
  printf("routed %d\n", routed);
  return 0;
}
