// EXPECT: stack-buffer-overflow
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un a;
  memset(&a, 0, sizeof a);
  a.sun_family = AF_UNIX;
  int len = snprintf(a.sun_path + 1, sizeof a.sun_path - 1, "memscope-asan-diff-%d", getpid());
  bind(s, (struct sockaddr *)&a, offsetof(struct sockaddr_un, sun_path) + 1 + len);
  char small[8];
  socklen_t sl = sizeof(struct sockaddr_un);
  int r = getsockname(s, (struct sockaddr *)small, &sl); // BUG
  printf("%d %d\n", r, small[0]);
  close(s);
  return 0;
}
