// EXPECT: none
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) { int sv[2]; socketpair(AF_UNIX, SOCK_STREAM, 0, sv); char out[32] = "hello", in[32];
  for (int i = 0; i < 100; i++) { send(sv[0], out, 6, 0); recv(sv[1], in, sizeof in, 0); }
  struct msghdr m; memset(&m, 0, sizeof m); printf("%s\n", in); close(sv[0]); close(sv[1]); return 0; }
