// EXPECT: heap-use-after-free
// connections sit on an intrusive idle list; closing a connection frees it but only unlinks it from the active list, and the idle sweep walks into the freed node
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct list_head {
  struct list_head *next, *prev;
};

#define container_of(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))

static void list_init(struct list_head *h) { h->next = h->prev = h; }

static void list_add_tail(struct list_head *n, struct list_head *h) {
  n->prev = h->prev;
  n->next = h;
  h->prev->next = n;
  h->prev = n;
}

static void list_del(struct list_head *n) {
  n->prev->next = n->next;
  n->next->prev = n->prev; // BUG
  n->next = n->prev = NULL;
}

static int list_linked(const struct list_head *n) { return n->next != NULL; }

struct conn {
  int fd;
  unsigned last_active;
  size_t bytes_in, bytes_out;
  char peer[24];
  struct list_head active; /* all open connections */
  struct list_head idle;   /* connections with nothing in flight */
};

struct server {
  struct list_head active, idle;
  int nconn;
  unsigned now;
};

static struct conn *conn_open(struct server *s, int fd, const char *peer) {
  struct conn *c = calloc(1, sizeof *c);
  c->fd = fd;
  c->last_active = s->now;
  snprintf(c->peer, sizeof c->peer, "%s", peer);
  list_add_tail(&c->active, &s->active);
  list_init(&c->idle);
  c->idle.next = NULL;
  s->nconn++;
  return c;
}

static void conn_mark_idle(struct server *s, struct conn *c) {
  if (!list_linked(&c->idle)) list_add_tail(&c->idle, &s->idle);
}

static void conn_mark_busy(struct conn *c, size_t in, size_t out, unsigned now) {
  if (list_linked(&c->idle)) list_del(&c->idle);
  c->bytes_in += in;
  c->bytes_out += out;
  c->last_active = now;
}

static void conn_close(struct server *s, struct conn *c) {
  list_del(&c->active);
  s->nconn--;
  free(c);
}

/* Closes idle connections older than max_age; returns how many. */
static int sweep_idle(struct server *s, unsigned max_age) {
  int closed = 0;
  struct list_head *pos = s->idle.next;
  while (pos != &s->idle) {
    struct list_head *next = pos->next;
    struct conn *c = container_of(pos, struct conn, idle);
    if (s->now - c->last_active > max_age) {
      list_del(&c->idle);
      conn_close(s, c);
      closed++;
    }
    pos = next;
  }
  return closed;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct server s;
  list_init(&s.active);
  list_init(&s.idle);
  s.nconn = 0;
  s.now = 100;
  struct conn *conns[32];
  for (int i = 0; i < n && i < 32; i++) {
    char peer[24];
    snprintf(peer, sizeof peer, "10.0.%d.%c", i, alpha[(size_t)i % al]);
    conns[i] = conn_open(&s, 3 + i, peer);
  }
  for (int t = 0; t < 5; t++) {
    s.now += 10;
    for (int i = 0; i < n; i++) {
      if ((i + t) % 3 == 0) conn_mark_busy(conns[i], (size_t)(i * 10), (size_t)(t * 5), s.now);
      else conn_mark_idle(&s, conns[i]);
    }
  }
  /* the client at index 4 hangs up */
  conn_close(&s, conns[4]);
  s.now += 25;
  int closed = sweep_idle(&s, 30);
  size_t in = 0;
  for (struct list_head *p = s.active.next; p != &s.active; p = p->next)
    in += container_of(p, struct conn, active)->bytes_in;
  printf("closed %d idle, %d open, %zu bytes in\n", closed, s.nconn, in);
  while (s.active.next != &s.active) {
    struct conn *c = container_of(s.active.next, struct conn, active);
    if (list_linked(&c->idle)) list_del(&c->idle);
    conn_close(&s, c);
  }
  return 0;
}
