// EXPECT: none
// fopencookie streams with custom read/write/seek/close callbacks over a
// growable heap store; one with a small program buffer from setvbuf (freed
// after fclose), one unbuffered; fprintf, fputs, fwrite, fseek, ftell,
// fgets, fread and fscanf through them; the close callback frees the store.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

struct store {
  char *data;
  size_t len, cap, pos;
  unsigned long *closed;
};

static ssize_t s_write(void *c, const char *buf, size_t size) {
  struct store *s = c;
  if (s->pos + size > s->cap) {
    s->cap = (s->pos + size) * 2;
    s->data = realloc(s->data, s->cap);
  }
  memcpy(s->data + s->pos, buf, size);
  s->pos += size;
  if (s->pos > s->len)
    s->len = s->pos;
  return (ssize_t)size;
}

static ssize_t s_read(void *c, char *buf, size_t size) {
  struct store *s = c;
  size_t left = s->len - s->pos;
  if (size > left)
    size = left;
  memcpy(buf, s->data + s->pos, size);
  s->pos += size;
  return (ssize_t)size;
}

static int s_seek(void *c, off64_t *off, int whence) {
  struct store *s = c;
  off64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off64_t)s->pos
                                                             : (off64_t)s->len;
  if (base + *off < 0)
    return -1;
  s->pos = (size_t)(base + *off);
  *off = (off64_t)s->pos;
  return 0;
}

static int s_close(void *c) {
  struct store *s = c;
  *s->closed += s->len;
  free(s->data);
  free(s);
  return 0;
}

static FILE *open_store(unsigned long *closed) {
  struct store *s = calloc(1, sizeof *s);
  s->closed = closed;
  cookie_io_functions_t io = {s_read, s_write, s_seek, s_close};
  return fopencookie(s, "w+", io);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  unsigned long closed = 0, sum = 0;
  FILE *a = open_store(&closed);
  FILE *b = open_store(&closed);
  char *abuf = malloc(19);
  setvbuf(a, abuf, _IOFBF, 19);
  setvbuf(b, NULL, _IONBF, 0);
  for (int i = 0; i < n * 10; ++i) {
    fprintf(a, "%d %s\n", i, alpha + i % 26);
    fputs(alpha + 25 - i % 26, b);
    fwrite("\n", 1, 1, b);
  }
  long apos = ftell(a), bpos = ftell(b);
  fseek(a, 0, SEEK_SET);
  fseek(b, 0, SEEK_SET);
  char line[40];
  while (fgets(line, sizeof line, a))
    sum = sum * 13 + strlen(line);
  fseek(a, 0, SEEK_SET);
  int num;
  char word[32];
  while (fscanf(a, "%d %31s", &num, word) == 2)
    sum += (unsigned long)num * word[0];
  char block[64];
  size_t got;
  while ((got = fread(block, 1, sizeof block, b)) > 0)
    for (size_t i = 0; i < got; ++i)
      sum += (unsigned char)block[i];
  fclose(a);
  free(abuf);
  fclose(b);
  printf("apos %ld bpos %ld closed %lu sum %lu\n", apos, bpos, closed, sum);
  return 0;
}
