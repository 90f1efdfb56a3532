// EXPECT: stack-buffer-overflow
// Connects to a UNIX socket bound at an absolute path and asks for the
// peer's address into a plain struct sockaddr (16 bytes) while passing
// sizeof(struct sockaddr_un) as its length: the path does not fit.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

__attribute__((noinline)) static int peer_family(int fd) {
  struct sockaddr peer;
  socklen_t len = sizeof(struct sockaddr_un);
  if (getpeername(fd, &peer, &len) != 0) // BUG
    return -1;
  return peer.sa_family;
}

int main(int argc, char **argv) {
  struct sockaddr_un addr;
  memset(&addr, 0, sizeof addr);
  addr.sun_family = AF_UNIX;
  char cwd[64];
  if (!getcwd(cwd, sizeof cwd))
    return 1;
  snprintf(addr.sun_path, sizeof addr.sun_path, "%s/ctl-%s.sock", cwd, argv[1]);
  unlink(addr.sun_path); // left over from an earlier run
  int srv = socket(AF_UNIX, SOCK_STREAM, 0);
  if (bind(srv, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(srv, 1) != 0)
    return 1;
  int cli = socket(AF_UNIX, SOCK_STREAM, 0);
  if (connect(cli, (struct sockaddr *)&addr, sizeof addr) != 0)
    return 1;
  printf("%d\n", peer_family(cli));
  close(cli);
  close(srv);
  unlink(addr.sun_path);
  return 0;
}
