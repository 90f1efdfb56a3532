// EXPECT: leak
// worker threads allocate a result block per chunk and publish it in the chunk's result slot; main joins them, folds the hashes, and clears the slots without freeing the results
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct result;

struct chunk {
  const char *data;
  size_t len;
  int id;
  struct result *result;
};

struct result {
  int id;
  unsigned counts[26];
  unsigned long hash;
  char *summary;
};

static void *count_letters(void *arg) {
  struct chunk *c = arg;
  struct result *r = calloc(1, sizeof *r);
  r->id = c->id;
  for (int round = 0; round < 10; round++)
    for (size_t i = 0; i < c->len; i++) {
      char ch = c->data[i];
      if (ch >= 'A' && ch <= 'Z') r->counts[ch - 'A'] += round == 0;
      r->hash = r->hash * 33 + (unsigned char)ch + (unsigned long)round;
    }
  char buf[64];
  int top = 0;
  for (int k = 1; k < 26; k++)
    if (r->counts[k] > r->counts[top]) top = k;
  snprintf(buf, sizeof buf, "chunk %d: top letter %c (%u)", c->id, 'A' + top, r->counts[top]);
  r->summary = strdup(buf);
  c->result = r;
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  char *text = malloc((size_t)n * 40 + 1);
  for (int i = 0; i < n * 40; i++) text[i] = alpha[(size_t)(i * i + 3 * i) % al];
  text[n * 40] = '\0';
  enum { NT = 3 };
  pthread_t th[NT];
  struct chunk ch[NT];
  size_t per = (size_t)n * 40 / NT;
  for (int t = 0; t < NT; t++) {
    ch[t].data = text + per * (size_t)t;
    ch[t].len = t == NT - 1 ? (size_t)n * 40 - per * (size_t)t : per;
    ch[t].id = t;
    ch[t].result = NULL;
    pthread_create(&th[t], NULL, count_letters, &ch[t]);
  }
  unsigned long combined = 0;
  for (int t = 0; t < NT; t++) pthread_join(th[t], NULL);
  for (int t = 0; t < NT; t++) {
    combined ^= ch[t].result->hash;
    puts(ch[t].result->summary);
    ch[t].result = NULL; // BUG
  }
  printf("combined %016lx\n", combined);
  free(text);
  return 0;
}
