// EXPECT: none
// writev into a pipe from iovec arrays on the stack and on the heap
// (buffers on stack, heap and in globals, zero-length entries with null
// bases among them), and readv out of it with more room than the data
// (partial reads leaving later buffers untouched), in a loop; a readv
// whose vector has a single entry; the vector array freed after each call.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

static char gbuf[40];

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  int p[2];
  if (pipe(p))
    return 1;
  unsigned long sum = 0;
  long written = 0, readn = 0;
  for (int round = 0; round < n * 5; ++round) {
    char head[12];
    int hl = snprintf(head, sizeof head, "r%d:", round);
    char *body = malloc(26);
    memcpy(body, alpha, 26);
    memcpy(gbuf, alpha + round % 10, 16);
    struct iovec out[5] = {
        {head, (size_t)hl}, {NULL, 0}, {body, (size_t)(1 + round % 26)},
        {gbuf, 16}, {(void *)"\n", 1}};
    ssize_t w = writev(p[1], out, 5);
    free(body);
    if (w < 0)
      return 2;
    written += w;
    // Read it back in pieces: a heap vector of 3 small stack buffers.
    char a[7], b[5], c[64];
    struct iovec *in = malloc(sizeof *in * 4);
    in[0] = (struct iovec){a, sizeof a};
    in[1] = (struct iovec){NULL, 0};
    in[2] = (struct iovec){b, sizeof b};
    in[3] = (struct iovec){c, sizeof c};
    ssize_t left = w;
    while (left > 0) {
      ssize_t r = readv(p[0], in, 4);
      if (r <= 0)
        return 3;
      size_t k = (size_t)r, parts[3] = {sizeof a, sizeof b, sizeof c};
      char *bufs[3] = {a, b, c};
      for (int j = 0; j < 3 && k; ++j) {
        size_t take = k < parts[j] ? k : parts[j];
        for (size_t q = 0; q < take; ++q)
          sum = sum * 131 + (unsigned char)bufs[j][q];
        k -= take;
      }
      left -= r;
      readn += r;
    }
    free(in);
  }
  // One-entry vector, one byte at a time.
  write(p[1], alpha, 26);
  char one;
  struct iovec single = {&one, 1};
  for (int i = 0; i < 26; ++i) {
    readv(p[0], &single, 1);
    sum += (unsigned char)one;
  }
  close(p[0]);
  close(p[1]);
  printf("written %ld read %ld sum %lu\n", written, readn, sum);
  return 0;
}
