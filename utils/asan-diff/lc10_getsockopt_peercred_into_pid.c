// EXPECT: stack-buffer-overflow
// Wants only the peer's pid from SO_PEERCRED, so it passes a pid_t as the
// option buffer with the length of struct ucred (12 bytes): getsockopt
// stores the whole credentials structure into the 4-byte variable.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

__attribute__((noinline)) static int peer_pid(int fd) {
  pid_t pid = 0;
  socklen_t len = sizeof(struct ucred);
  if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &pid, &len) != 0) // BUG
    return -1;
  return pid;
}

int main(int argc, char **argv) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
    return 1;
  printf("%d %d\n", peer_pid(sv[0]) == getpid(), atoi(argv[1]));
  close(sv[0]);
  close(sv[1]);
  return 0;
}
