// EXPECT: none
// pwritev/preadv/readv/recvmsg/sendmsg with iovecs that describe their buffers exactly, some longer than the data that arrives.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
char g[12];
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  FILE *t = tmpfile();
  char *body = malloc(8);
  memcpy(body, argv[2], 8);
  char head[4];
  memcpy(head, argv[2] + 8, 4);
  struct iovec w[2] = {{head, sizeof head}, {body, 8}};
  ssize_t a = pwritev(fileno(t), w, 2, 0);
  char r1[10];
  struct iovec rv = {r1, sizeof r1};
  ssize_t b = preadv(fileno(t), &rv, 1, 2);
  int p[2];
  pipe(p);
  write(p[1], argv[2], n);
  close(p[1]);
  struct iovec gv = {g, sizeof g};
  ssize_t c = readv(p[0], &gv, 1);
  close(p[0]);
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  char s[8];
  memcpy(s, argv[2], sizeof s);
  struct iovec sendv = {s, sizeof s};
  struct msghdr m;
  memset(&m, 0, sizeof m);
  m.msg_iov = &sendv;
  m.msg_iovlen = 1;
  ssize_t d = sendmsg(sv[0], &m, 0);
  char *in = malloc(20);
  struct iovec recvv = {in, 20};
  memset(&m, 0, sizeof m);
  m.msg_iov = &recvv;
  m.msg_iovlen = 1;
  ssize_t e = recvmsg(sv[1], &m, 0);
  printf("%zd %zd %.*s %zd %.*s %zd %zd %.*s\n", a, b, (int)b, r1, c, (int)c, g, d, e, (int)e, in);
  free(in);
  free(body);
  close(sv[0]);
  close(sv[1]);
  fclose(t);
  return 0;
}
