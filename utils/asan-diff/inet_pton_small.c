// EXPECT: stack-buffer-overflow
#include <arpa/inet.h>
#include <stdio.h>
int main(int argc, char **argv) {
  char out[8];
  int r = inet_pton(AF_INET6, argc > 1 ? "fe80::1" : "::", out); // BUG
  printf("%d %d\n", r, out[0]);
  return 0;
}
