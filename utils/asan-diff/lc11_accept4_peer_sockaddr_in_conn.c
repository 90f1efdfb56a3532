// EXPECT: heap-buffer-overflow
// A tiny UNIX-socket server keeps each connection in a heap record whose
// peer field is a plain struct sockaddr (16 bytes), but tells accept4 it
// has room for a whole sockaddr_un. The client binds to a path in the
// current directory, so the kernel copies the long path past the record.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

struct conn {
  int fd;
  socklen_t peer_len;
  struct sockaddr peer;
};

static void bind_path(int fd, struct sockaddr_un *a, const char *cwd, const char *name) {
  memset(a, 0, sizeof *a);
  a->sun_family = AF_UNIX;
  snprintf(a->sun_path, sizeof a->sun_path, "%s/%s", cwd, name);
  unlink(a->sun_path);
  bind(fd, (struct sockaddr *)a, sizeof *a);
}

int main(int argc, char **argv) {
  char cwd[80];
  if (!getcwd(cwd, sizeof cwd))
    return 1;
  struct sockaddr_un srv_addr, cli_addr;
  int srv = socket(AF_UNIX, SOCK_STREAM, 0);
  bind_path(srv, &srv_addr, cwd, "server.sock");
  listen(srv, 4);
  int cli = socket(AF_UNIX, SOCK_STREAM, 0);
  bind_path(cli, &cli_addr, cwd, argc > 1 ? "client-with-a-long-name.sock" : "c");
  if (connect(cli, (struct sockaddr *)&srv_addr, sizeof srv_addr) != 0)
    return 1;

  struct conn *c = malloc(sizeof *c);
  c->peer_len = sizeof(struct sockaddr_un);
  c->fd = accept4(srv, &c->peer, &c->peer_len, SOCK_CLOEXEC); // BUG
  printf("fd %d peer len %u\n", c->fd, (unsigned)c->peer_len);
  close(c->fd);
  free(c);
  close(cli);
  close(srv);
  unlink(srv_addr.sun_path);
  unlink(cli_addr.sun_path);
  return 0;
}
