// EXPECT: heap-use-after-free
// a notification outbox batches messages and frees delivered ones; the failure log keeps the text pointers of refused messages, one of which the flush drops and frees, and the report puts() it
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct msg {
  char *text;
  int attempts;
  int delivered;
  int priority;
};

struct outbox {
  struct msg *items[32];
  int n;
  const char *failed[32]; /* texts of refused messages, for the report */
  int nfailed;
  unsigned long sent_bytes;
};

static struct msg *msg_new(const char *text, int priority) {
  struct msg *m = calloc(1, sizeof *m);
  m->text = strdup(text);
  m->priority = priority;
  return m;
}

static void msg_free(struct msg *m) {
  free(m->text);
  free(m);
}

/* Simulated transport: refuses every message whose length is a multiple of 4. */
static int transport_send(struct outbox *o, struct msg *m) {
  m->attempts++;
  size_t len = strlen(m->text);
  if (len % 4 == 0 && m->attempts < 2) return -1;
  o->sent_bytes += len;
  return 0;
}

static void outbox_add(struct outbox *o, struct msg *m) {
  if (o->n < 32) o->items[o->n++] = m;
}

/* Sends everything; failures are queued for retry. Frees what it delivered... and what it gave up on. */
static void outbox_flush(struct outbox *o) {
  int w = 0;
  for (int i = 0; i < o->n; i++) {
    struct msg *m = o->items[i];
    if (transport_send(o, m) == 0) {
      m->delivered = 1;
      msg_free(m);
    } else {
      if (o->nfailed < 32) o->failed[o->nfailed++] = m->text;
      if (m->priority == 0) msg_free(m); /* low priority: drop */
      else o->items[w++] = m;
    }
  }
  o->n = w;
}

static int outbox_retry(struct outbox *o) {
  int ok = 0;
  for (int i = 0; i < o->n; i++)
    if (transport_send(o, o->items[i]) == 0) ok++;
  return ok;
}

static void outbox_report(struct outbox *o) {
  printf("refused on first attempt:\n");
  for (int i = 0; i < o->nfailed; i++) {
    fputs("  ", stdout);
    puts(o->failed[i]); // BUG
  }
  o->nfailed = 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  struct outbox o;
  memset(&o, 0, sizeof o);
  char text[64];
  for (int i = 0; i < n; i++) {
    snprintf(text, sizeof text, "%d:%.*s", i, 2 + i % 6, alpha + i);
    outbox_add(&o, msg_new(text, i % 3 == 0 ? 0 : 1));
  }
  outbox_flush(&o);
  int pending = o.n;
  int ok = outbox_retry(&o);
  outbox_report(&o);
  printf("%d pending, %d retried ok, %lu bytes\n", pending, ok, o.sent_bytes);
  for (int i = 0; i < o.n; i++) msg_free(o.items[i]);
  return 0;
}
