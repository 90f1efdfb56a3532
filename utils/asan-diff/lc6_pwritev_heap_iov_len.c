// EXPECT: heap-buffer-overflow
// pwritev whose second iovec claims 12 bytes of an 8-byte heap block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  FILE *t = tmpfile();
  char head[4];
  memcpy(head, argv[2], sizeof head);
  char *body = malloc(8);
  memcpy(body, argv[2] + 4, 8);
  struct iovec v[2] = {{head, sizeof head}, {body, atoi(argv[1]) + 2}};
  ssize_t n = pwritev(fileno(t), v, 2, 0); // BUG
  printf("%zd\n", n);
  free(body);
  fclose(t);
  return 0;
}
