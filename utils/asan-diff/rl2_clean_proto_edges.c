// EXPECT: none
// a message parser at the edges of the libc contracts: memchr and strnlen with a bound larger than the buffer but a match inside it, %.*s of unterminated fields, strncpy fills without a NUL, memccpy, strtol stopping at a delimiter inside an exact buffer
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIRE_MAX 512   /* the protocol's maximum frame; actual frames are smaller */

struct msg {
  char verb[8];      /* strncpy'd: not terminated when the verb is 8 bytes */
  long id;
  const char *body;  /* points into the frame, not terminated */
  size_t body_len;
};

/* Frames are "VERB id:body\n" in an exact-size heap block (no NUL). */
static unsigned char *make_frame(const char *verb, long id, const char *body, size_t *len) {
  char tmp[WIRE_MAX];
  int k = snprintf(tmp, sizeof tmp, "%s %ld:%s\n", verb, id, body);
  unsigned char *f = malloc((size_t)k);
  memcpy(f, tmp, (size_t)k);
  *len = (size_t)k;
  return f;
}

static int parse(const unsigned char *f, struct msg *m) {
  /* the newline is known to be there: the bound may exceed the block */
  const unsigned char *nl = memchr(f, '\n', WIRE_MAX);
  const unsigned char *sp = memchr(f, ' ', (size_t)(nl - f));
  if (!nl || !sp) return -1;
  size_t vl = (size_t)(sp - f);
  strncpy(m->verb, (const char *)f, vl < sizeof m->verb ? vl : sizeof m->verb);
  if (vl < sizeof m->verb) m->verb[vl] = '\0';
  char *end;
  m->id = strtol((const char *)sp + 1, &end, 10);   /* stops at ':' inside the block */
  if (*end != ':') return -2;
  m->body = end + 1;
  m->body_len = (size_t)((const char *)nl - m->body);
  return 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "payload";
  const char *verbs[] = {"GET", "PUT", "DELETE", "SUBSCRIB", "PING"};
  char out[WIRE_MAX * 2];
  size_t used = 0;
  unsigned h = 0;
  size_t bodies = 0;
  for (int i = 0; i < n * 3; i++) {
    char body[64];
    snprintf(body, sizeof body, "%.*s=%d", 1 + i % 20, word, i * i);
    size_t flen;
    unsigned char *frame = make_frame(verbs[i % 5], 1000 + i, body, &flen);
    struct msg m;
    if (parse(frame, &m) == 0) {
      /* the verb may be unterminated: print at most its size */
      int w = snprintf(out + used, sizeof out - used, "%.*s#%ld[%.*s] ", (int)sizeof m.verb, m.verb, m.id,
                       (int)m.body_len, m.body);
      if (w > 0 && used + (size_t)w < sizeof out / 2) used += (size_t)w;
      else used = 0;
      bodies += m.body_len;
      /* copy the key part of the body up to '=' with memccpy */
      char key[32];
      void *stop = memccpy(key, m.body, '=', m.body_len < sizeof key ? m.body_len : sizeof key);
      size_t kl = stop ? (size_t)((char *)stop - key) - 1 : 0;
      for (size_t k = 0; k < kl; k++) h = h * 33 + (unsigned char)key[k];
      h ^= (unsigned)strnlen(m.verb, sizeof m.verb);
      if (strncmp(m.verb, "SUBSCRIBE-ALL", sizeof m.verb) == 0) h += 7;   /* compares at most 8 */
    }
    free(frame);
  }
  size_t outlen = strnlen(out, sizeof out);
  printf("bodies=%zu out=%zu hash=%08x tail=%.20s\n", bodies, outlen, h, out + (outlen > 20 ? outlen - 20 : 0));
  return 0;
}
